package io.kiosk.api.delivery;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When configured goods arrive. Work before dispatch is the warehouse's handling day for goods in
 * stock, or the variant's lead time when it is made to order, plus the days the chosen options add
 * (engraving, assembly); then the region's transit days. Goods out of stock have no promise.
 * Calendar days: the mall's warehouse and carriers work every day.
 */
public final class DeliveryRules {

    /** Goods in stock leave the warehouse the day after the order. */
    public static final int HANDLING_DAYS = 1;

    private DeliveryRules() {
    }

    public static Optional<DeliveryWindow> estimate(StockLevel stock, int quantity, int optionLeadDays,
                                                    Region region, LocalDate orderDate) {
        StockStatus status = stock.statusFor(quantity);
        if (status == StockStatus.OUT_OF_STOCK) {
            return Optional.empty();
        }
        int beforeDispatch = (status == StockStatus.MADE_TO_ORDER ? Math.max(stock.leadDays(), HANDLING_DAYS) : HANDLING_DAYS)
                + optionLeadDays;
        return Optional.of(new DeliveryWindow(
                orderDate.plusDays(beforeDispatch + region.minTransitDays()),
                orderDate.plusDays(beforeDispatch + region.maxTransitDays())));
    }
}
