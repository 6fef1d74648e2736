package io.kiosk.query.catalog;

import io.kiosk.api.delivery.DeliveryRegions;
import io.kiosk.api.delivery.Region;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * What live quotes need besides the catalogue: the regions Kiosk delivers to, with their transit
 * days ({@code kiosk.delivery.regions}), and the clock that says which day an order placed now
 * would be placed on, in the mall's time zone ({@code kiosk.delivery.zone}, Asia/Shanghai), which is
 * also the zone whose days and hours analytics count in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryConfiguration.DeliveryProperties.class)
class DeliveryConfiguration {

    @Bean
    DeliveryRegions deliveryRegions(DeliveryProperties properties) {
        return new DeliveryRegions(properties.regions());
    }

    @Bean
    Clock mallClock(DeliveryProperties properties) {
        return Clock.system(properties.zone());
    }

    /** The mall's time zone alone, for read models that count events by the mall's days and hours (analytics). */
    @Bean
    ZoneId mallZone(DeliveryProperties properties) {
        return properties.zone();
    }

    /** The delivery table; a region that breaks its own rules (unknown code shape, max below min) stops the start. */
    @ConfigurationProperties("kiosk.delivery")
    record DeliveryProperties(ZoneId zone, List<Region> regions) {

        DeliveryProperties {
            zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
            regions = regions == null ? List.of() : List.copyOf(regions);
        }
    }
}
