package io.kiosk.web.admin.orders;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.OrderHistoryApi;
import io.kiosk.client.query.api.OrdersApi;
import io.kiosk.client.query.model.OrderAsOfAnswer;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Positions;
import io.kiosk.web.i18n.Formats;
import io.kiosk.web.orders.LineWords;
import io.kiosk.web.problems.ApiProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * The order, whole, for the back office ({@code /admin/orders/{id}}): summary, lines with their configurations,
 * payment, shipment, refunds, timeline, the full event history, and the actions the order allows now
 * ({@link OrderDesk}, posted to {@link OrderActions}). It follows the order live ({@link ConsoleOrderStream}): its
 * parts fetch themselves again ({@code ?part=live}, {@code ?part=history}) when the order changes.
 *
 * <p>With {@code ?at=} (an instant with its offset, or a date and time in the mall's zone as a
 * {@code datetime-local} field sends it) the page shows the order as it stood then, rebuilt from its events by the
 * query side's as-of support; no actions, no live updates, and the later events marked in the history.
 */
@Controller
class OrderConsolePage {

    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final OrdersApi orders;
    private final OrderHistoryApi history;
    private final LineWords lineWords;
    private final HistoryRows historyRows;
    private final Formats fmt;

    OrderConsolePage(Backend backend, LineWords lineWords, HistoryRows historyRows, Formats fmt) {
        this.orders = new OrdersApi(backend.queries());
        this.history = new OrderHistoryApi(backend.queries());
        this.lineWords = lineWords;
        this.historyRows = historyRows;
        this.fmt = fmt;
    }

    @GetMapping("/admin/orders/{orderId}")
    String order(@PathVariable UUID orderId, @RequestParam(required = false) String at,
                 @RequestParam(required = false) String part, Model model) throws ApiException {
        OrderSummary order = orders.getOrder(orderId, Positions.from(model));
        OffsetDateTime asOf = null;
        if (at != null && !at.isBlank()) {
            asOf = instant(at);
            if (asOf == null) {
                model.addAttribute("asOfProblem", "admin.order.as-of.unreadable");
            } else {
                try {
                    OrderAsOfAnswer then = history.getOrderAsOf(orderId, asOf);
                    order = then.getOrder();
                    model.addAttribute("eventsApplied", then.getEventsApplied());
                } catch (ApiException refused) {
                    if (ApiProblem.of(refused).status() != 404) {
                        throw refused;
                    }
                    // not placed yet at that instant: the page says so and shows the order as it stands
                    model.addAttribute("asOfProblem", "admin.order.as-of.before-placed");
                    asOf = null;
                }
            }
        }
        model.addAttribute("order", order);
        model.addAttribute("fingerprint", ConsoleOrderStream.fingerprint(order));
        model.addAttribute("asOf", asOf);
        model.addAttribute("asOfInput", LOCAL_INPUT.format((asOf == null ? OffsetDateTime.now() : asOf)
                .atZoneSameInstant(fmt.zone()).toLocalDateTime().truncatedTo(ChronoUnit.MILLIS)));
        model.addAttribute("desk", asOf == null ? OrderDesk.of(order) : new OrderDesk(false, false, false, false, false));
        model.addAttribute("refundSteps", asOf == null ? OrderDesk.refundSteps(order) : Map.of());
        model.addAttribute("lines", lineWords.of(order.getLines().stream()
                .map(line -> new LineWords.Line(line.getLineId(), line.getProductId(), line.getOptions())).toList()));
        model.addAttribute("history", historyRows.of(history.getOrderHistory(orderId), order.getCustomerId(), asOf));
        if ("live".equals(part)) {
            return "admin/orders/order :: live";
        }
        if ("history".equals(part)) {
            return "admin/orders/history :: history";
        }
        return "admin/orders/order";
    }

    /** An instant with its offset, or a date and time (seconds optional) in the mall's zone; null when it is neither. */
    private OffsetDateTime instant(String at) {
        String text = at.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).atZone(fmt.zone()).toOffsetDateTime();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
