package io.kiosk.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No event is stored later than the commit deadline after it was applied; the gap timeout must outlast that deadline. */
class StaleEventGuardTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private final StaleEventGuard guard = new StaleEventGuard(Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));

    private static EventMessage<?> appliedAt(Instant at) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), "an event", MetaData.emptyInstance(), at);
    }

    @Test
    void an_event_applied_within_the_deadline_is_stored_as_it_is() {
        EventMessage<?> fresh = appliedAt(NOW.minusSeconds(30));

        assertThat(guard.handle(List.of(fresh)).apply(0, fresh)).isSameAs(fresh);
    }

    @Test
    void an_event_applied_longer_ago_than_the_deadline_is_refused_and_its_unit_of_work_rolls_back() {
        EventMessage<?> stale = appliedAt(NOW.minusSeconds(31));

        assertThatThrownBy(() -> guard.handle(List.of(stale)).apply(0, stale))
                .isInstanceOf(StaleEventRefused.class)
                .hasMessageContaining("took longer than the commit deadline of PT30S");
    }

    @Test
    void the_gap_timeout_must_be_at_least_twice_the_commit_deadline() {
        assertThatThrownBy(() -> new EventStoreProperties("eventstore", "command", true, Duration.ofSeconds(1),
                Duration.ofSeconds(30), Duration.ofSeconds(59), 250, true, ""))
                .hasMessageContaining("must be at least twice the commit deadline");
        assertThat(new EventStoreProperties("eventstore", "command", true, Duration.ofSeconds(1),
                Duration.ofSeconds(30), Duration.ofMinutes(1), 250, true, "").gapTimeout()).isEqualTo(Duration.ofMinutes(1));
    }
}
