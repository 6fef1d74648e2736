package io.kiosk.api.customer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An e-mail address is what a mail server takes without quoting: a dot-atom, an at sign and a domain of labels. */
class EmailAddressTest {

    @Test
    void ordinary_addresses_are_kept_in_lower_case() {
        assertThat(new EmailAddress(" Mia.Chen@Example.COM ").value()).isEqualTo("mia.chen@example.com");
        assertThat(new EmailAddress("mia+orders@mail.example.com.cn").value()).isEqualTo("mia+orders@mail.example.com.cn");
        assertThat(new EmailAddress("o'brien@example.ie").value()).isEqualTo("o'brien@example.ie");
        assertThat(new EmailAddress("!#$%&'*+/=?^_`{|}~-@example.com").value()).isEqualTo("!#$%&'*+/=?^_`{|}~-@example.com");
        assertThat(new EmailAddress("a@b-c.d1.io").value()).isEqualTo("a@b-c.d1.io");
        assertThat(new EmailAddress("mia@example.com\n").value()).as("white space around it is dropped").isEqualTo("mia@example.com");
    }

    @Test
    void a_domain_in_another_script_is_kept_as_mail_servers_read_it() {
        assertThat(new EmailAddress("mia@例子.中国").value()).isEqualTo("mia@xn--fsqu00a.xn--fiqs8s");
        assertThat(new EmailAddress("mia@xn--fsqu00a.xn--fiqs8s")).isEqualTo(new EmailAddress("mia@例子.中国"));
    }

    @Test
    void anything_but_a_plain_address_is_refused() {
        for (String refused : new String[]{
                "x<y@z>", "x<y@z.com>", "Mia <mia@example.com>", "mia@example.com>", "<mia@example.com>",
                "\"mia chen\"@example.com", "mia(chen)@example.com", "mia chen@example.com", "mia@exa mple.com",
                "mia..chen@example.com", ".mia@example.com", "mia.@example.com",
                "mia@example", "mia@localhost", "mia@[192.0.2.1]", "mia@192.0.2.1", "mia@-example.com", "mia@example-.com",
                "mia@example..com", "mia@example.com.", "mia@.example.com", "mia@exam_ple.com",
                "mia@@example.com", "mia@a@example.com", "@example.com", "mia@", "mia", "",
                "mia\u0000@example.com", "mia@example.com\r\nBcc: all@example.com",
                "米娅@example.com", "mia@" + "a".repeat(64) + ".com", "m".repeat(65) + "@example.com",
                "m@" + ("a".repeat(62) + ".").repeat(4) + "com"}) {
            assertThatThrownBy(() -> new EmailAddress(refused)).as(refused)
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("is not a valid e-mail address");
        }
    }

    @Test
    void the_longest_parts_the_standards_allow_are_accepted() {
        String local = "m".repeat(64);
        String label = "a".repeat(63);
        assertThat(new EmailAddress(local + "@" + label + ".com").value()).hasSize(64 + 1 + 63 + 4);
    }
}
