package io.kiosk.api.order;

import jakarta.annotation.Nullable;
import io.kiosk.api.catalog.LocalizedText;
import io.kiosk.api.catalog.ProductId;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.pricing.Money;

import java.time.Instant;
import java.util.List;

/**
 * One page of order search: how many orders match in all, this page's hits, and {@code next}, the cursor
 * that asks for the page after this one ({@code null} on the last page).
 */
public record OrderSearchResult(long total, List<Hit> hits, @Nullable String next) {

    public OrderSearchResult {
        hits = List.copyOf(hits);
    }

    /**
     * An order as a search result shows it: who placed it and whom to tell, where it goes, what is in it,
     * where it and its payment stand. Parts an order placed before checkout asked for them lacks are
     * missing ({@code contact}, {@code recipient}, {@code region}), and so is the payment before one is asked for.
     */
    public record Hit(OrderId orderId,
                      CustomerId customerId,
                      OrderStatus status,
                      Money total,
                      int lineCount,
                      List<Product> products,
                      @Nullable Person contact,
                      @Nullable Person recipient,
                      @Nullable String region,
                      @Nullable PaymentProvider paymentMethod,
                      @Nullable String paymentStatus,
                      Instant placedAt,
                      Instant updatedAt) {

        public Hit {
            products = List.copyOf(products);
        }
    }

    /** A product of the order, named as it was sold (its id in both languages when the order did not record the name). */
    public record Product(ProductId productId, LocalizedText name) {
    }

    /** Someone the order names: the checkout's contact, or the delivery address's recipient (who has no e-mail). */
    public record Person(String name, @Nullable String email, String phone) {
    }
}
