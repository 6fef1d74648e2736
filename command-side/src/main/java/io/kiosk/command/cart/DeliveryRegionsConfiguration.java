package io.kiosk.command.cart;

import io.kiosk.api.delivery.DeliveryRegions;
import io.kiosk.api.delivery.Region;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The regions Kiosk delivers to ({@code kiosk.delivery.regions}), the same table the query side
 * quotes delivery windows from: a checkout names one of them, and a code outside it is refused
 * before any order exists. A region that breaks its own rules stops the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryRegionsConfiguration.DeliveryProperties.class)
class DeliveryRegionsConfiguration {

    @Bean
    DeliveryRegions deliveryRegions(DeliveryProperties properties) {
        return new DeliveryRegions(properties.regions());
    }

    /** The delivery table. */
    @ConfigurationProperties("kiosk.delivery")
    record DeliveryProperties(List<Region> regions) {

        DeliveryProperties {
            regions = regions == null ? List.of() : List.copyOf(regions);
        }
    }
}
