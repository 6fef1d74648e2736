package io.kiosk.web.session;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenClaimsTest {

    @Test
    void the_subject_and_roles_are_read_from_the_token() {
        UUID account = UUID.randomUUID();
        String token = jwt("{\"iss\":\"kiosk\",\"sub\":\"" + account + "\",\"roles\":[\"CUSTOMER\"],\"exp\":1900000000}");

        AccessTokenClaims claims = AccessTokenClaims.of(token);

        assertThat(claims.subject()).isEqualTo(account);
        assertThat(claims.roles()).containsExactly("CUSTOMER");
    }

    @Test
    void something_that_is_no_token_is_refused() {
        assertThatThrownBy(() -> AccessTokenClaims.of("not a token")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccessTokenClaims.of(jwt("{\"sub\":\"nobody\"}"))).isInstanceOf(IllegalArgumentException.class);
    }

    static String jwt(String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }
}
