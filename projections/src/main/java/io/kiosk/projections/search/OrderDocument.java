package io.kiosk.projections.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kiosk.projections.pinyin.PinyinReadings;

import io.kiosk.api.catalog.ProductLabel;
import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.customer.PhoneNumber;
import io.kiosk.api.order.CheckoutDetails;
import io.kiosk.api.order.OrderPlaced;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.payment.PaymentId;
import io.kiosk.api.pricing.Money;
import io.kiosk.api.privacy.Erased;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An order as the search index holds it: the order's own part (from the order's events, up to
 * {@code orderVersion}, its sequence number) and its payment's part (from the payment's events, up to
 * {@code paymentVersion}); either is -1 until its first event is seen. The document's external version
 * ({@link #version()}) grows with each part, so a write of either part from an older event is refused.
 *
 * <p>{@code total} is the exact amount, kept for showing; {@code totalThousandths} the same amount in
 * thousandths of the currency's unit, a long that filters and sorts exactly (a double or a scaled float
 * would turn a bound such as 0.07 into 0.07000000000000001 and miss an order of exactly that much), on one
 * scale whatever the currency's own decimals. {@code phonesReversed} holds the digits of every phone number
 * backwards, so that "ends with these digits" (a national number typed without the country code) is a
 * prefix query. {@code namesPinyin} (written, never read back: it follows from the names) holds the contact's
 * and the recipient's names in pinyin, every spelling, so that the back office finds 陈美 typed as {@code chenmei}.
 */
@JsonIgnoreProperties(value = "namesPinyin", allowGetters = true)
record OrderDocument(String orderId,
                     String cartId,
                     String customerId,
                     String status,
                     Person contact,
                     Person recipient,
                     List<String> phonesReversed,
                     String region,
                     String currency,
                     String total,
                     Long totalThousandths,
                     Integer lineCount,
                     String placedAt,
                     String updatedAt,
                     List<String> productIds,
                     Names productNames,
                     List<String> categories,
                     String paymentId,
                     String paymentMethod,
                     String paymentStatus,
                     long orderVersion,
                     long paymentVersion) {

    static final long UNSEEN = -1;

    OrderDocument {
        phonesReversed = phonesReversed == null ? List.of() : List.copyOf(phonesReversed);
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
        productNames = productNames == null ? new Names(List.of(), List.of()) : productNames;
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** An order of which nothing has been seen yet. */
    static OrderDocument unknown(String orderId) {
        return new OrderDocument(orderId, null, null, null, null, null, List.of(), null, null, null, null, null, null,
                null, List.of(), null, List.of(), null, null, null, UNSEEN, UNSEEN);
    }

    /**
     * The external version: one more for every event of either part, so it never goes back while neither part does,
     * and one more once its customer was erased (which no event of the order says), so the erased document replaces
     * the one before it.
     */
    long version() {
        return (orderVersion + 1) + (paymentVersion + 1) + (erasedCustomer() ? 1 : 0);
    }

    private boolean erasedCustomer() {
        return contact != null && Erased.is(contact.name());
    }

    /** The document once its customer was erased: whom and where are gone; what, when and how much stay. */
    OrderDocument erased() {
        if (!hasOrder() || contact == null || erasedCustomer()) {
            return this;
        }
        return new OrderDocument(orderId, cartId, customerId, status, new Person(Erased.TEXT, Erased.TEXT, Erased.TEXT),
                new Person(Erased.TEXT, null, Erased.TEXT), List.of(), region, currency, total, totalThousandths,
                lineCount, placedAt, updatedAt, productIds, productNames, categories, paymentId, paymentMethod,
                paymentStatus, orderVersion, paymentVersion);
    }

    /** Whether the order's placement has been seen: only then is the document found by searches. */
    boolean hasOrder() {
        return placedAt != null;
    }

    /** The order's part as its placement says; the payment's part stays as it is. */
    OrderDocument placed(OrderPlaced event, long sequence, Instant at) {
        Map<String, ProductLabel> products = new LinkedHashMap<>();
        event.lines().forEach(line -> products.putIfAbsent(line.productId().value(), line.label()));
        CheckoutDetails details = event.details();
        Person contact = details == null ? null
                : new Person(details.contact().name(), details.contact().email().value(), details.contact().phone().value());
        Person recipient = details == null ? null
                : new Person(details.address().recipient(), null, details.address().phone().value());
        List<String> phones = details == null ? List.of() : Stream.of(details.contact().phone(), details.address().phone())
                .filter(phone -> !phone.isErased()).map(OrderDocument::reversedDigits).distinct().toList();
        Money total = event.total();
        return new OrderDocument(orderId, event.cartId().toString(), event.customerId().toString(), OrderStatus.PLACED.name(),
                contact, recipient, phones, details == null ? null : details.region(),
                total.currency().getCurrencyCode(), total.amount().toPlainString(), thousandths(total.amount()),
                event.lines().size(), at.toString(), later(at),
                List.copyOf(products.keySet()),
                new Names(products.entrySet().stream().map(product -> nameOr(product.getValue(), product.getKey(), true)).toList(),
                        products.entrySet().stream().map(product -> nameOr(product.getValue(), product.getKey(), false)).toList()),
                products.values().stream().filter(Objects::nonNull).map(ProductLabel::category).distinct().toList(),
                paymentId, paymentMethod != null || details == null ? paymentMethod : details.paymentMethod().name(),
                paymentStatus, sequence, paymentVersion);
    }

    /** The order reached {@code newStatus} with the event at {@code sequence}; an order whose placement was not seen stays as it is. */
    OrderDocument reached(OrderStatus newStatus, long sequence, Instant at) {
        if (!hasOrder()) {
            return this;
        }
        return new OrderDocument(orderId, cartId, customerId, newStatus.name(), contact, recipient, phonesReversed, region,
                currency, total, totalThousandths, lineCount, placedAt, later(at), productIds, productNames, categories,
                paymentId, paymentMethod, paymentStatus, sequence, paymentVersion);
    }

    /** The payment's part as its event at {@code sequence} says; {@code method} is missing from events that do not name it. */
    OrderDocument payment(PaymentId payment, PaymentProvider method, String newPaymentStatus, long sequence, Instant at) {
        return new OrderDocument(orderId, cartId, customerId, status, contact, recipient, phonesReversed, region,
                currency, total, totalThousandths, lineCount, placedAt, later(at), productIds, productNames, categories,
                payment.toString(), method == null ? paymentMethod : method.name(), newPaymentStatus, orderVersion, sequence);
    }

    private String later(Instant at) {
        return updatedAt != null && Instant.parse(updatedAt).isAfter(at) ? updatedAt : at.toString();
    }

    /** The product's name in one language as it was sold, or its id for a line that did not record it. */
    private static String nameOr(ProductLabel label, String productId, boolean chinese) {
        String name = label == null ? "" : chinese ? label.name().zh() : label.name().en();
        return name.isBlank() ? productId : name;
    }

    static long thousandths(BigDecimal amount) {
        return amount.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static String reversedDigits(PhoneNumber phone) {
        return reversedDigits(phone.value());
    }

    static String reversedDigits(String phone) {
        return new StringBuilder(phone.replaceAll("[^0-9]", "")).reverse().toString();
    }

    /** The people's names in pinyin: every spelling of each, in syllables and in initials. */
    @JsonProperty("namesPinyin")
    NamesPinyin namesPinyin() {
        List<String> full = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        for (Person person : new Person[] {contact, recipient}) {
            if (person != null && person.name() != null) {
                full.addAll(PinyinReadings.spellings(person.name()));
                initials.addAll(PinyinReadings.initials(person.name()));
            }
        }
        return new NamesPinyin(full, initials);
    }

    record NamesPinyin(List<String> full, List<String> initials) {
    }

    /** Someone the order names: the checkout's contact, or the address's recipient (no e-mail). */
    record Person(String name, String email, String phone) {
    }

    /** Product names in Chinese and in English, each analysed by its own analyzer; one of each per product, in the order of {@code productIds}. */
    record Names(List<String> zh, List<String> en) {

        Names {
            zh = zh == null ? List.of() : List.copyOf(zh);
            en = en == null ? List.of() : List.copyOf(en);
        }
    }
}
