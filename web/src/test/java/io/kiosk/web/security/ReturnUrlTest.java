package io.kiosk.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnUrlTest {

    @ParameterizedTest(name = "after the login, \"{0}\" leads to \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            /orders/5f0c3c57?tab=refunds  | /orders/5f0c3c57?tab=refunds
            /                             | /
            https://evil.example/         | none
            //evil.example/path           | none
            /\\evil.example               | none
            orders                        | none
            none                          | none
            """)
    void only_a_page_of_this_app_is_a_place_to_come_back_to(String next, String safe) {
        assertThat(ReturnUrl.safe(next).orElse(null)).isEqualTo(safe);
    }
}
