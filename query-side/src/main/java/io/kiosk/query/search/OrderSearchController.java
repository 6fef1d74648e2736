package io.kiosk.query.search;

import io.kiosk.api.customer.PaymentProvider;
import io.kiosk.api.order.OrderSearchCursor;
import io.kiosk.api.order.OrderSearchResult;
import io.kiosk.api.order.OrderSort;
import io.kiosk.api.order.OrderStatus;
import io.kiosk.api.order.SearchOrders;
import io.kiosk.projections.search.OrderSearchProjection;
import io.kiosk.query.problems.InvalidField;
import io.kiosk.query.readyourwrites.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.kiosk.query.problems.InvalidField.parse;

/**
 * Order search for the back office (Elasticsearch): free text, filters, a sort and deep paging with a cursor.
 * Every parameter is checked here, so that a bad one is a 400 naming it; a plain date in {@code from} or
 * {@code to} is a day in the mall's time zone.
 */
@RestController
@RequestMapping("/api/search/orders")
@Tag(name = "Order search")
class OrderSearchController {

    private static final int MAX_STATUSES = OrderStatus.values().length;

    private final QueryGateway queries;
    private final ZoneId mallZone;

    OrderSearchController(QueryGateway queries, Clock mallClock) {
        this.queries = queries;
        this.mallZone = mallClock.getZone();
    }

    @ReadsFrom(OrderSearchProjection.PROCESSING_GROUP)
    @GetMapping
    @Operation(operationId = "searchOrders", summary = "Find orders by id (or its start), e-mail, phone (or its last digits), a person's name or a product's"
            + " name in Chinese or English; filter, sort and page deep with the cursor of each answer's \"next\"")
    OrderSearchResult search(
            @Parameter(description = "an order id or its first characters, an e-mail address, a phone number or its last"
                    + " 6 or more digits, names of the contact or recipient, product names (every word must match)")
            @RequestParam(required = false) String q,
            @Parameter(description = "repeatable: any of these statuses (PLACED, AWAITING_PAYMENT, PAID, ...)")
            @RequestParam(name = "status", required = false) List<String> statuses,
            @Parameter(description = "CARD, ALIPAY or WECHAT_PAY") @RequestParam(required = false) String paymentMethod,
            @Parameter(description = "placed at or after: an ISO date (the day starts in the mall's zone) or date-time")
            @RequestParam(required = false) String from,
            @Parameter(description = "placed before this ISO date-time, or up to the end of this ISO date")
            @RequestParam(required = false) String to,
            @Parameter(description = "lowest total (inclusive)") @RequestParam(required = false) BigDecimal minTotal,
            @Parameter(description = "highest total (inclusive)") @RequestParam(required = false) BigDecimal maxTotal,
            @Parameter(description = "ISO 4217 code, such as CNY") @RequestParam(required = false) String currency,
            @Parameter(description = "placedAt,desc (default), placedAt,asc, total,desc, total,asc or relevance")
            @RequestParam(required = false) String sort,
            @Parameter(description = "1 to 100 hits (default 20)") @RequestParam(defaultValue = "" + SearchOrders.DEFAULT_PAGE_SIZE) int size,
            @Parameter(description = "the previous answer's \"next\", for the page after it") @RequestParam(required = false) String after) {
        OrderSort order = sort(sort);
        Instant placedFrom = from == null || from.isBlank() ? null : startOf("from", from.strip());
        Instant placedBefore = to == null || to.isBlank() ? null : endOf("to", to.strip());
        if (placedFrom != null && placedBefore != null && !placedBefore.isAfter(placedFrom)) {
            throw new InvalidField("to", "must be after from");
        }
        BigDecimal lowest = total("minTotal", minTotal);
        BigDecimal highest = total("maxTotal", maxTotal);
        if (lowest != null && highest != null && highest.compareTo(lowest) < 0) {
            throw new InvalidField("maxTotal", "must not be below minTotal");
        }
        if (size < 1 || size > SearchOrders.MAX_PAGE_SIZE) {
            throw new InvalidField("size", "a page holds 1 to " + SearchOrders.MAX_PAGE_SIZE + " orders");
        }
        SearchOrders search = new SearchOrders(text(q), statuses(statuses), paymentMethod(paymentMethod), placedFrom,
                placedBefore, lowest, highest, currency(currency), order, size, cursor(after, order));
        return queries.query(search, OrderSearchResult.class).join();
    }

    private static String text(String q) {
        if (q != null && q.strip().length() > SearchOrders.MAX_TEXT_LENGTH) {
            throw new InvalidField("q", "is at most " + SearchOrders.MAX_TEXT_LENGTH + " characters");
        }
        return q;
    }

    private static Set<OrderStatus> statuses(List<String> statuses) {
        if (statuses == null) {
            return Set.of();
        }
        List<String> written = statuses.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .filter(value -> !value.isEmpty()).toList();
        if (written.size() > MAX_STATUSES) {
            throw new InvalidField("status", "at most " + MAX_STATUSES + " statuses may be named");
        }
        Set<OrderStatus> wanted = EnumSet.noneOf(OrderStatus.class);
        written.forEach(value -> wanted.add(named("status", value, OrderStatus.class)));
        return wanted;
    }

    private static PaymentProvider paymentMethod(String method) {
        return method == null || method.isBlank() ? null : named("paymentMethod", method.strip(), PaymentProvider.class);
    }

    private static <E extends Enum<E>> E named(String field, String value, Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new InvalidField(field, "'" + value + "' is not one of " + String.join(", ", names), names));
    }

    private static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return parse("currency", () -> {
            if (!code.strip().matches("[A-Za-z]{3}")) {
                throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code, such as CNY");
            }
            try {
                return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code, such as CNY");
            }
        });
    }

    private static BigDecimal total(String field, BigDecimal total) {
        if (total != null && total.signum() < 0) {
            throw new InvalidField(field, "must not be negative");
        }
        if (total != null && total.compareTo(SearchOrders.MAX_TOTAL) > 0) {
            throw new InvalidField(field, "is at most " + SearchOrders.MAX_TOTAL.toPlainString());
        }
        return total;
    }

    private static OrderSort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        return OrderSort.named(sort).orElseThrow(() -> new InvalidField("sort",
                "'" + sort + "' is not a sort; choose one of " + String.join(", ", OrderSort.parameterNames()),
                OrderSort.parameterNames()));
    }

    private static OrderSearchCursor cursor(String after, OrderSort sort) {
        if (after == null || after.isBlank()) {
            return null;
        }
        OrderSearchCursor cursor = parse("after", () -> OrderSearchCursor.decode(after));
        OrderSort expected = sort == null ? OrderSort.PLACED_AT_DESC : sort;
        if (cursor.sort() != expected) {
            throw new InvalidField("after", "continues a search sorted by " + cursor.sort().parameterName()
                    + ", not by " + expected.parameterName() + "; ask with the same sort as the page before");
        }
        return cursor;
    }

    /** An instant as written, or the start of a day in the mall's zone. */
    private Instant startOf(String field, String value) {
        LocalDate day = day(value);
        return day != null ? day.atStartOfDay(mallZone).toInstant() : instant(field, value);
    }

    /** An instant as written (not included), or the end of a day in the mall's zone (the whole day included). */
    private Instant endOf(String field, String value) {
        LocalDate day = day(value);
        return day != null ? day.plusDays(1).atStartOfDay(mallZone).toInstant() : instant(field, value);
    }

    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    /** {@code 2026-11-25T10:00:00+08:00}, {@code 2026-11-25T02:00:00Z}, or without an offset in the mall's zone. */
    private Instant instant(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(mallZone).toInstant();
            } catch (DateTimeParseException neither) {
                throw new InvalidField(field, "'" + value + "' is not an ISO date (2026-11-25) or date-time"
                        + " (2026-11-25T10:00:00+08:00)");
            }
        }
    }
}
