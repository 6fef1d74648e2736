package io.kiosk.api.catalog;

import jakarta.annotation.Nullable;
import io.kiosk.api.delivery.DeliveryWindow;
import io.kiosk.api.delivery.StockStatus;
import io.kiosk.api.pricing.PriceBreakdown;

/**
 * What one exact configuration costs, whether it is in stock and when it would arrive in a region.
 * {@code available} is the number of units on hand for the variant ({@code null} when made to order);
 * {@code delivery} is absent when the variant is out of stock.
 */
public record Quote(ProductId productId,
                    ChosenOptions options,
                    String region,
                    PriceBreakdown price,
                    StockStatus stock,
                    @Nullable Integer available,
                    @Nullable DeliveryWindow delivery) {
}
