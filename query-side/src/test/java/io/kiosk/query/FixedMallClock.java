package io.kiosk.query;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The mall's clock stopped at one moment, so that delivery windows in tests are known dates. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedMallClock {

    public static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    public static final LocalDate TODAY = NOW.toLocalDate();

    @Bean
    @Primary
    Clock fixedMallClock() {
        return Clock.fixed(NOW.toInstant(), NOW.getZone());
    }
}
