package io.kiosk.web.session;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.SerializationUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A login's tokens when its session lives in PostgreSQL: every request deserializes its own copy of the session, so
 * two requests of one shopper (on one instance or two) hold two copies of the same expired tokens. The command API
 * revokes the whole login when a used refresh token comes back; the login's row makes the first request refresh and
 * the other take the new pair.
 */
@SpringBootTest(properties = {"kiosk.backend.command-url=http://127.0.0.1:9", "kiosk.backend.query-url=http://127.0.0.1:9"})
class LoginTokensTest {

    @Autowired
    LoginTokens logins;

    @Test
    void two_copies_of_a_session_needing_a_new_token_at_once_refresh_it_once_and_both_use_the_new_one() throws Exception {
        ApiTokens signedIn = new ApiTokens("access-1", Instant.now().minusSeconds(1), "refresh-1");
        logins.remember(signedIn);
        ApiTokens first = copy(signedIn);
        ApiTokens second = copy(signedIn);
        List<String> presented = new CopyOnWriteArrayList<>();
        ApiTokens.Refresh slowApi = refreshToken -> {
            presented.add(refreshToken);
            pause();
            return new ApiTokens("access-2", Instant.now().plus(Duration.ofMinutes(15)), "refresh-2");
        };

        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<String>> one = requests.submit(() -> first.accessToken(Instant.now(),
                    presentedByCopy -> logins.renew(first, slowApi)));
            Future<Optional<String>> other = requests.submit(() -> second.accessToken(Instant.now(),
                    presentedByCopy -> logins.renew(second, slowApi)));
            assertThat(one.get()).contains("access-2");
            assertThat(other.get()).contains("access-2");
        } finally {
            requests.shutdownNow();
        }
        assertThat(presented).as("the used refresh token never presented again").containsExactly("refresh-1");
        assertThat(second.refreshToken()).isEqualTo("refresh-2");
        assertThat(second.loginId()).isEqualTo(signedIn.loginId());

        ApiTokens later = copy(signedIn);
        assertThat(later.accessToken(Instant.now(), presentedByCopy -> logins.renew(later, slowApi)))
                .as("a copy read before the refresh, used after it").contains("access-2");
        assertThat(presented).hasSize(1);
    }

    @Test
    void a_login_the_command_api_ended_stays_ended_for_every_copy_of_the_session() {
        ApiTokens signedIn = new ApiTokens("access-1", Instant.now().minusSeconds(1), "refresh-1");
        logins.remember(signedIn);
        ApiTokens first = copy(signedIn);
        ApiTokens second = copy(signedIn);
        ApiTokens.Refresh refused = refreshToken -> {
            throw new ApiTokens.RefreshRefused("invalid-refresh-token");
        };
        ApiTokens.Refresh wouldWork = refreshToken -> new ApiTokens("access-9", Instant.now().plusSeconds(900), "refresh-9");

        assertThat(first.accessToken(Instant.now(), presented -> logins.renew(first, refused))).isEmpty();
        assertThat(second.accessToken(Instant.now(), presented -> logins.renew(second, wouldWork)))
                .as("not tried again with the refused token").isEmpty();
        assertThat(logins.revoked(signedIn.loginId())).contains(true);

        logins.forget(signedIn.loginId());
        assertThat(logins.revoked(signedIn.loginId())).as("signed out: forgotten").isEmpty();
    }

    private static ApiTokens copy(ApiTokens tokens) {
        return (ApiTokens) SerializationUtils.deserialize(SerializationUtils.serialize(tokens));
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
