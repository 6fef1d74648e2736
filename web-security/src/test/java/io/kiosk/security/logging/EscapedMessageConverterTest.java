package io.kiosk.security.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A message keeps to its line: what could end it or steer a terminal is written as an escape. */
class EscapedMessageConverterTest {

    private static String converted(String format, Object... arguments) {
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent("test", context.getLogger("test"), Level.WARN, format, null, arguments);
        EscapedMessageConverter converter = new EscapedMessageConverter();
        converter.start();
        return converter.convert(event);
    }

    @Test
    void a_line_break_in_a_logged_value_is_written_as_an_escape() {
        assertThat(converted("refused: {}", "n-1\r\n2026-12-07 ERROR forged"))
                .isEqualTo("refused: n-1\\r\\n2026-12-07 ERROR forged")
                .doesNotContain("\n", "\r");
    }

    @Test
    void other_control_characters_and_unicode_line_separators_are_escaped_too() {
        assertThat(converted("{} {} {} {}", "nul\u0000", "esc\u001b[31m", "nel\u0085", "ls\u2028"))
                .isEqualTo("nul\\u0000 esc\\u001b[31m nel\\u0085 ls\\u2028");
        assertThat(converted("tab\there")).isEqualTo("tab\\there");
    }

    @Test
    void ordinary_text_in_any_script_is_left_as_it_is() {
        assertThat(converted("order {} for {}", "5f0c3c57", "李雷 🙂")).isEqualTo("order 5f0c3c57 for 李雷 🙂");
    }
}
