package io.kiosk.command.cart;

import io.kiosk.api.cart.CartItemId;
import io.kiosk.api.cart.Quantity;
import io.kiosk.api.catalog.ChosenOptions;
import io.kiosk.api.catalog.Configuration;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.delivery.DeliveryRegions;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.delivery.Region;
import io.kiosk.api.delivery.StockLevel;
import io.kiosk.api.inventory.StockItemId;
import io.kiosk.api.order.OrderLine;
import io.kiosk.api.pricing.Money;
import io.kiosk.command.catalog.ProductCatalog;
import io.kiosk.command.catalog.TestProducts;
import io.kiosk.command.inventory.StockLevels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The checkout's delivery estimate, by the quote's rules. The mall's clock reads 01:00 on 25 November
 * in Shanghai (still the 24th in UTC): estimates count from the 25th. Shanghai is one transit day
 * away, Beijing two to three.
 */
class DeliveryEstimatesTest {

    private static final Clock MALL_CLOCK = Clock.fixed(Instant.parse("2026-11-24T17:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final ProductId CHARGER = new ProductId("ks-charger-pro");
    private static final ProductId LOCK = new ProductId("ks-lock-s");
    private static final DeliveryRegions REGIONS = new DeliveryRegions(List.of(
            new Region("SH", LocalizedText.of("上海", "Shanghai"), 1, 1),
            new Region("BJ", LocalizedText.of("北京", "Beijing"), 2, 3)));

    private final ProductCatalog catalog = mock(ProductCatalog.class);
    private final StockLevels stock = mock(StockLevels.class);
    private final DeliveryEstimates estimates = new DeliveryEstimates(catalog, stock, REGIONS, MALL_CLOCK);

    @BeforeEach
    void theCatalogue() {
        when(catalog.defined(CHARGER)).thenReturn(Optional.of(TestProducts.charger()));
        when(catalog.defined(LOCK)).thenReturn(Optional.of(TestProducts.lock()));
    }

    @Test
    void goods_in_stock_leave_after_a_handling_day_and_travel_to_the_region() {
        OrderLine charger = charger(Map.of("colour", "graphite", "size", "L"), 2, StockLevel.available(20));

        assertThat(estimates.estimate(List.of(charger), "SH")).contains(window("2026-11-27", "2026-11-27"));
        assertThat(estimates.estimate(List.of(charger), "BJ")).contains(window("2026-11-28", "2026-11-29"));
    }

    @Test
    void low_stock_still_promises_the_in_stock_window() {
        OrderLine charger = charger(Map.of("colour", "graphite", "size", "L"), 2, StockLevel.available(3));

        assertThat(estimates.estimate(List.of(charger), "SH")).contains(window("2026-11-27", "2026-11-27"));
    }

    @Test
    void goods_made_to_order_leave_after_their_lead_days() {
        OrderLine charger = charger(Map.of("colour", "graphite", "size", "L"), 2, StockLevel.madeToOrder(7));

        assertThat(estimates.estimate(List.of(charger), "BJ")).contains(window("2026-12-04", "2026-12-05"));
    }

    @Test
    void chosen_options_add_their_lead_days() {
        OrderLine engraved = charger(Map.of("colour", "graphite", "size", "L", "engraving", "For Mia"), 1,
                StockLevel.available(20));

        assertThat(estimates.estimate(List.of(engraved), "SH")).contains(window("2026-11-29", "2026-11-29"));
    }

    @Test
    void an_order_with_a_line_out_of_stock_gets_no_estimate() {
        OrderLine inStock = charger(Map.of("colour", "graphite", "size", "L"), 1, StockLevel.available(20));
        OrderLine outOfStock = lock(2, StockLevel.available(1));

        assertThat(estimates.estimate(List.of(inStock, outOfStock), "SH")).isEmpty();
    }

    @Test
    void goods_nobody_stocked_get_no_estimate() {
        OrderLine neverStocked = lock(1, StockLevel.NONE);

        assertThat(estimates.estimate(List.of(neverStocked), "SH")).isEmpty();
    }

    @Test
    void the_order_arrives_with_its_latest_line() {
        OrderLine inStock = charger(Map.of("colour", "graphite", "size", "L"), 1, StockLevel.available(20));
        OrderLine madeToOrder = lock(1, StockLevel.madeToOrder(3));

        assertThat(estimates.estimate(List.of(inStock, madeToOrder), "BJ")).contains(window("2026-11-30", "2026-12-01"));
    }

    private OrderLine charger(Map<String, String> chosen, int quantity, StockLevel level) {
        Configuration configuration = Configuration.of(TestProducts.charger(), new ChosenOptions(chosen));
        StockItemId stockItemId = StockItemId.of(CHARGER, configuration.stockVariant());
        when(stock.of(stockItemId)).thenReturn(level);
        return new OrderLine(CartItemId.random(), CHARGER, configuration.options(), new Quantity(quantity),
                Money.of("199.00", "CNY"), stockItemId);
    }

    private OrderLine lock(int quantity, StockLevel level) {
        StockItemId stockItemId = StockItemId.of(LOCK, ChosenOptions.none());
        when(stock.of(stockItemId)).thenReturn(level);
        return new OrderLine(CartItemId.random(), LOCK, ChosenOptions.none(), new Quantity(quantity),
                Money.of("899.50", "CNY"), stockItemId);
    }

    private static DeliveryWindow window(String earliest, String latest) {
        return new DeliveryWindow(LocalDate.parse(earliest), LocalDate.parse(latest));
    }
}
