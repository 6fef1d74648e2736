package io.kiosk.security.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A log message with every character that could start a line of its own or fool a terminal written out as an
 * escape: {@code \r}, {@code \n} and the other C0 and C1 control characters, the Unicode line and paragraph
 * separators. What a client sends (a name, a notification, a header) may end up in a message; it never ends the
 * line, so it can never forge one. Stands in for Logback's {@code %m}, {@code %msg} and {@code %message}.
 */
public class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escape(super.convert(event));
    }

    /** {@code text} with its control characters escaped; {@code null} stays {@code null}. */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(EscapedMessageConverter::needsEscape)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.chars().forEach(character -> {
            switch (character) {
                case '\r' -> escaped.append("\\r");
                case '\n' -> escaped.append("\\n");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (needsEscape(character)) {
                        escaped.append(String.format("\\u%04x", character));
                    } else {
                        escaped.append((char) character);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean needsEscape(int character) {
        return character < 0x20 || character >= 0x7f && character <= 0x9f || character == 0x2028 || character == 0x2029;
    }
}
