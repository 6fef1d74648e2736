package io.kiosk.command.payment;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How long a provider call may take: the tries, their timeouts and the pauses between them. */
class ProviderCallPropertiesTest {

    @Test
    void nothing_configured_means_three_tries_of_two_and_five_seconds_with_pauses_that_double() {
        ProviderCallProperties calls = new ProviderCallProperties(null, null, null, null, null);

        assertThat(calls.pauseAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(calls.pauseAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(calls.longestCall()).isEqualTo(Duration.ofMillis(3 * 7_000 + 500 + 1_000));
    }

    @Test
    void pauses_never_grow_past_the_maximum() {
        ProviderCallProperties calls = new ProviderCallProperties(Duration.ofSeconds(1), Duration.ofSeconds(1), 6,
                Duration.ofSeconds(1), Duration.ofSeconds(3));

        assertThat(calls.pauseAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(calls.pauseAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(calls.pauseAfter(3)).isEqualTo(Duration.ofSeconds(3));
        assertThat(calls.pauseAfter(5)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void at_least_one_try_and_a_pause_within_its_maximum() {
        assertThatThrownBy(() -> new ProviderCallProperties(null, null, 0, null, null)).hasMessageContaining("attempts");
        assertThatThrownBy(() -> new ProviderCallProperties(null, null, 3, Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .hasMessageContaining("backoff");
    }
}
