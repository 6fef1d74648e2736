package io.kiosk.web.orders;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.OrdersApi;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Positions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;

/**
 * One order ({@code /orders/{id}}, where the order mails link): its lines, address and contact, and the part that
 * changes as the order goes (status and steps, timeline, payment, shipment with carrier and tracking number, delivery
 * window, refunds, what the customer may do now), which follows the order live ({@link LiveOrders}). Another
 * customer's order is answered by the API as a missing one, and shown as the not-found page.
 */
@Controller
class OrderPage {

    private final OrdersApi orders;
    private final LineWords lineWords;

    OrderPage(Backend backend, LineWords lineWords) {
        this.orders = new OrdersApi(backend.queries());
        this.lineWords = lineWords;
    }

    @GetMapping("/orders/{orderId}")
    String order(@PathVariable UUID orderId, Model model) throws ApiException {
        OrderSummary order = orders.getOrder(orderId, Positions.from(model));
        model.addAttribute("order", order);
        model.addAttribute("progress", OrderProgress.of(order));
        model.addAttribute("lines", lineWords.of(order.getLines().stream()
                .map(line -> new LineWords.Line(line.getLineId(), line.getProductId(), line.getOptions())).toList()));
        return "orders/order";
    }
}
