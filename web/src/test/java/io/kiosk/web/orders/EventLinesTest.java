package io.kiosk.web.orders;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

import static org.assertj.core.api.Assertions.assertThat;

class EventLinesTest {

    private final List<String> heard = new ArrayList<>();
    private final EventLines lines = new EventLines(new EventLines.Listener() {
        @Override
        public void event(String name, String data) {
            heard.add(name + ":" + data);
        }

        @Override
        public void heartbeat() {
            heard.add("heartbeat");
        }
    });

    @Test
    void an_event_is_its_name_and_data_dispatched_by_the_empty_line_after_them() {
        feed("event:order", "id:3", "data:{\"status\":\"PAID\"}", "");

        assertThat(heard).containsExactly("order:{\"status\":\"PAID\"}");
    }

    @Test
    void data_on_several_lines_joins_with_line_breaks_and_one_space_after_the_colon_is_dropped() {
        feed("event: order", "data: {\"a\":", "data:  1}", "");

        assertThat(heard).containsExactly("order:{\"a\":\n 1}");
    }

    @Test
    void comments_are_heartbeats_and_an_event_without_a_name_is_a_message() {
        feed(":still here", "", "data:x", "");

        assertThat(heard).containsExactly("heartbeat", "message:x");
    }

    @Test
    void an_event_the_stream_ended_before_closing_is_dropped() {
        feed("event:order", "data:{}");
        lines.onComplete();

        assertThat(heard).isEmpty();
    }

    @Test
    void letting_go_before_the_stream_opened_closes_it_as_soon_as_it_does() {
        List<String> asked = new ArrayList<>();
        lines.cancel();

        lines.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                asked.add("request");
            }

            @Override
            public void cancel() {
                asked.add("cancel");
            }
        });

        assertThat(asked).containsExactly("cancel");
    }

    private void feed(String... each) {
        for (String line : each) {
            lines.onNext(line);
        }
    }
}
