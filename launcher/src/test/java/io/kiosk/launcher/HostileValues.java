package io.kiosk.launcher;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The values a fuzzer throws at a field: plausible ones (so that a request gets past the first check and reaches
 * deeper code), and hostile ones — wrong types, numbers past every bound, NUL and other control characters, lone
 * surrogates, very long strings, markup and paths.
 */
final class HostileValues {

    /** Strings no field should choke on: each must be refused or kept as text, never a 500. */
    static final List<String> STRINGS = List.of(
            "", " ", "\u0000", "a\u0000b", "\u0007\u001b[31m", "line\r\nInjected: header", "\t\n", "\u0085\u2028\u2029",
            "\uFEFF", "\uD800", "\uDC00x", "\uFFFF", "😀", "充电器", "ñ\u0301", "null", "undefined", "true", "-1", "0",
            "NaN", "Infinity", "1e309", "99999999999999999999999999999", "-0", "0x1F", "<script>alert(1)</script>",
            "' OR 1=1 --", "../../../etc/passwd", "%00", "%", "%zz", "${jndi:ldap://x}", "{{7*7}}", "*", "?", "#", "/",
            "\\", "a/b", "..", "2026-02-30", "9999-12-31T23:59:59Z", "-999999999-01-01", "+1000000000-01-01",
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "g0000000-0000-0000-0000-000000000000",
            "CNY", "XXX", "cny", "A".repeat(300), "x".repeat(5_000), "中".repeat(2_000), "a@b", "x<y@z>", "@", "a@b.c\u0000",
            "PAID", "paid", "CARD", "ALIPAY", "WECHAT_PAY", "BACK_OFFICE", "ADMIN", "order-tracking");

    /** JSON numbers (as written in a body) past every bound, or of the wrong kind. */
    static final List<String> NUMBERS = List.of(
            "0", "-1", "1", "999", "1000", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "1e309", "-1e309", "1e-400", "0.1", "0.005", "1.23456789012345678901",
            "123456789012345678901234567890.12", "-0", "1E2", "1e2147483648", "0.0000000000000000000000000001");

    /** Query and path values for numbers: the above, and what is not a number at all. */
    static final List<String> NUMBER_TEXT = List.of(
            "0", "-1", "1", "20", "100", "101", "2147483647", "-2147483648", "2147483648", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "1e309", "NaN", "Infinity", "-Infinity", "1.5", "0x10",
            "", " ", "abc", "1,000", "١٢٣", "+1", "00000000000000000001", "1e2", "\u0000");

    private HostileValues() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A plausible value for a schema type and format, or one of the hostile ones. */
    static String text(Random random, String type, String format) {
        if (random.nextInt(3) == 0) {
            return pick(random, STRINGS);
        }
        if ("integer".equals(type) || "number".equals(type)) {
            return pick(random, NUMBER_TEXT);
        }
        if ("boolean".equals(type)) {
            return pick(random, List.of("true", "false", "TRUE", "yes", "1", "", "maybe"));
        }
        if ("uuid".equals(format)) {
            return random.nextInt(4) == 0 ? pick(random, STRINGS) : new UUID(random.nextLong(), random.nextLong()).toString();
        }
        if ("date".equals(format)) {
            return pick(random, List.of("2026-01-01", "2025-12-31", "0000-01-01", "9999-12-31", "2026-13-01", "2026-02-30",
                    "-999999999-01-01", "+999999999-12-31", "1970-01-01", "2026-1-1", "today"));
        }
        if ("date-time".equals(format)) {
            return pick(random, List.of("2026-01-01T00:00:00Z", "2026-01-01T00:00:00+08:00", "0000-01-01T00:00:00Z",
                    "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2026-01-01", "2026-01-01T25:00:00Z",
                    "1970-01-01T00:00:00.123456789Z", "now"));
        }
        return pick(random, STRINGS);
    }
}
