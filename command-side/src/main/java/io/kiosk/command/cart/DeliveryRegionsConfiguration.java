package io.kiosk.command.cart;

import io.kiosk.api.delivery.DeliveryRegions;
import io.kiosk.api.delivery.Region;
import io.kiosk.command.processing.WithTheCommand;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The regions Kiosk delivers to ({@code kiosk.delivery.regions}), the same table the query side
 * quotes delivery windows from: a checkout names one of them, and a code outside it is refused
 * before any order exists. A region that breaks its own rules stops the start. The mall's clock
 * ({@code kiosk.delivery.zone}, Asia/Shanghai) says which day a checkout's delivery estimate counts from; the open
 * carts' lines ({@link CartLines}) say which goods it is for.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryRegionsConfiguration.DeliveryProperties.class)
class DeliveryRegionsConfiguration {

    @Bean
    DeliveryRegions deliveryRegions(DeliveryProperties properties) {
        return new DeliveryRegions(properties.regions());
    }

    @Bean
    Clock mallClock(DeliveryProperties properties) {
        return Clock.system(properties.zone());
    }

    /** The open carts' lines, for the checkout's delivery facts, are kept in the cart command's own transaction. */
    @Autowired
    void keepCartLinesWithTheCart(EventProcessingConfigurer processing) {
        WithTheCommand.handle(processing, CartLines.PROCESSING_GROUP);
    }

    /** The delivery table. */
    @ConfigurationProperties("kiosk.delivery")
    record DeliveryProperties(ZoneId zone, List<Region> regions) {

        DeliveryProperties {
            zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
            regions = regions == null ? List.of() : List.copyOf(regions);
        }
    }
}
