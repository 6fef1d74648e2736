package io.kiosk.command.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.HttpClientForTests.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;

/** The back office sees the mails the outbox gave up on, and those it is still trying, but not those it sent. */
class UndeliveredMailHttpTest extends CommandSideHttpTest {

    private void mailIn(String eventId, String status, int attempts) {
        jdbc.update("insert into command.notification_outbox (event_id, channel, recipient, subject, body, status, attempts,"
                        + " next_attempt_at, done_at, last_error) values (?, 'order.shipped', 'li.lei@example.com', 'on its way', 'a made-up mail',"
                        + " ?, ?, now() + interval '1 hour', case when ? = 'PENDING' then null else now() end, '550 mailbox unavailable')",
                eventId, status, attempts, status);
    }

    @AfterEach
    void forgetTheMadeUpMails() {
        jdbc.update("delete from command.notification_outbox where body = 'a made-up mail' or last_error = '550 mailbox unavailable'");
    }

    private JsonNode listed(Answer list, String eventId) {
        return StreamSupport.stream(list.body().spliterator(), false)
                .filter(mail -> mail.path("eventId").asText().equals(eventId)).findFirst().orElse(null);
    }

    @Test
    void the_back_office_lists_the_mails_given_up_and_those_still_tried_but_not_those_sent() {
        String givenUp = "event-" + UUID.randomUUID();
        String retried = "event-" + UUID.randomUUID();
        String sent = "event-" + UUID.randomUUID();
        mailIn(givenUp, "FAILED", 8);
        mailIn(retried, "PENDING", 2);
        mailIn(sent, "SENT", 1);

        Answer list = newBackOffice().http().send(GET, "/api/notifications/undelivered", null);

        assertThat(list.status()).isEqualTo(200);
        assertThat(listed(list, givenUp).path("status").asText()).isEqualTo("FAILED");
        assertThat(listed(list, givenUp).path("attempts").asInt()).isEqualTo(8);
        assertThat(listed(list, givenUp).path("lastError").asText()).isEqualTo("550 mailbox unavailable");
        assertThat(listed(list, givenUp).path("gaveUpAt").isMissingNode()).isFalse();
        assertThat(listed(list, retried).path("status").asText()).isEqualTo("PENDING");
        assertThat(listed(list, retried).path("nextAttemptAt").isMissingNode()).isFalse();
        assertThat(listed(list, sent)).isNull();
    }
}
