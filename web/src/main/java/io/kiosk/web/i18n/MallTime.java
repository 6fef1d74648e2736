package io.kiosk.web.i18n;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The mall's time zone ({@code kiosk.mall.zone}, {@code KIOSK_MALL_ZONE}, Asia/Shanghai): every date and time a page
 * shows is in it, as the APIs count days in it ({@code kiosk.delivery.zone} on the query side, whose analytics and
 * delivery windows use the same zone). The clock is the web app's one source of "now".
 */
@Configuration(proxyBeanMethods = false)
class MallTime {

    @Bean
    Clock mallClock(MallProperties mall) {
        return Clock.system(mall.zone());
    }

    /** @param zone the mall's time zone */
    @ConfigurationProperties("kiosk.mall")
    record MallProperties(ZoneId zone) {

        MallProperties {
            zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        }
    }
}
