package io.kiosk.web.session;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");

    @Test
    void a_token_valid_for_longer_than_the_margin_is_used_as_it_is() {
        ApiTokens tokens = new ApiTokens("access-1", NOW.plus(Duration.ofMinutes(10)), "refresh-1");
        AtomicInteger refreshes = new AtomicInteger();

        Optional<String> token = tokens.accessToken(NOW, refresh -> {
            refreshes.incrementAndGet();
            return new ApiTokens("access-2", NOW.plus(Duration.ofMinutes(15)), "refresh-2");
        });

        assertThat(token).contains("access-1");
        assertThat(refreshes).hasValue(0);
    }

    @Test
    void a_token_about_to_expire_is_exchanged_once_and_the_rotated_refresh_token_is_kept() throws Exception {
        ApiTokens tokens = new ApiTokens("access-1", NOW.plus(Duration.ofSeconds(20)), "refresh-1");
        List<String> presented = new ArrayList<>();
        ApiTokens.Refresh refresh = used -> {
            presented.add(used);
            return new ApiTokens("access-" + (presented.size() + 1), NOW.plus(Duration.ofMinutes(15)), "refresh-" + (presented.size() + 1));
        };

        assertThat(tokens.accessToken(NOW, refresh)).contains("access-2");
        assertThat(tokens.accessToken(NOW.plus(Duration.ofMinutes(5)), refresh)).as("fresh again").contains("access-2");
        assertThat(tokens.accessToken(NOW.plus(Duration.ofMinutes(15)), refresh)).as("expired again").contains("access-3");

        assertThat(presented).containsExactly("refresh-1", "refresh-2");
        assertThat(tokens.refreshToken()).isEqualTo("refresh-3");
    }

    @Test
    void a_refused_refresh_ends_the_login_and_is_not_tried_again() {
        ApiTokens tokens = new ApiTokens("access-1", NOW.minusSeconds(1), "refresh-1");
        AtomicInteger refreshes = new AtomicInteger();
        ApiTokens.Refresh refused = used -> {
            refreshes.incrementAndGet();
            throw new ApiTokens.RefreshRefused("invalid-refresh-token");
        };

        assertThat(tokens.accessToken(NOW, refused)).isEmpty();
        assertThat(tokens.accessToken(NOW, refused)).isEmpty();

        assertThat(tokens.revoked()).isTrue();
        assertThat(refreshes).hasValue(1);
    }

    /** A refresh token presented twice revokes the whole login, so two requests of one session must not both refresh. */
    @Test
    void two_requests_needing_a_new_token_at_once_refresh_only_once() throws Exception {
        ApiTokens tokens = new ApiTokens("access-1", NOW.minusSeconds(1), "refresh-1");
        AtomicInteger refreshes = new AtomicInteger();
        CountDownLatch bothAsking = new CountDownLatch(2);
        ApiTokens.Refresh slowRefresh = used -> {
            refreshes.incrementAndGet();
            sleep();
            return new ApiTokens("access-2", NOW.plus(Duration.ofMinutes(15)), "refresh-2");
        };
        ExecutorService requests = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(requests.submit(() -> {
                    bothAsking.countDown();
                    bothAsking.await();
                    return tokens.accessToken(NOW, slowRefresh);
                }));
            }
            for (Future<Optional<String>> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).contains("access-2");
            }
        } finally {
            requests.shutdownNow();
        }
        assertThat(refreshes).hasValue(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
