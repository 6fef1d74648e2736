package io.kiosk.web.checkout;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.OrdersApi;
import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Positions;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Duration;
import java.util.UUID;

/**
 * The payment step of an order, as each method really looks ({@link PaymentStep}): Alipay's cashier (or the card
 * processor's page) to go to, WeChat Pay's code to scan, drawn here as an image of its {@code code_url} with the text
 * beside it, the card page; "preparing your payment" until the provider has opened the trade, and "under review" while
 * the risk check holds it. The step follows the order live (the order page's stream, event {@code payment}), so it
 * moves on by itself: from preparing to the action, and from the code to "paid" once the phone has paid.
 */
@Controller
class PaymentPage {

    private final OrdersApi orders;

    PaymentPage(Backend backend) {
        this.orders = new OrdersApi(backend.queries());
    }

    @GetMapping("/orders/{orderId}/payment")
    String payment(@PathVariable UUID orderId, HttpServletRequest request, Model model) throws ApiException {
        OrderSummary order = orders.getOrder(orderId, Positions.from(model));
        model.addAttribute("order", order);
        model.addAttribute("step", PaymentStep.of(order, orderPage(orderId)));
        return "checkout/payment";
    }

    /** The code to scan, as an SVG image of the payment's {@code code_url}; not found when the step shows none. */
    @GetMapping(path = "/orders/{orderId}/payment/code.svg", produces = "image/svg+xml")
    ResponseEntity<String> code(@PathVariable UUID orderId) throws ApiException {
        PaymentStep step = PaymentStep.of(orders.getOrder(orderId, null), null);
        if (step.state() != PaymentStep.State.QR_CODE) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("no code to scan");
        }
        // the customer's own, and valid only while the trade is open: not for shared caches, briefly for the browser
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate())
                .contentType(MediaType.valueOf("image/svg+xml")).body(QrCode.of(step.code()).svg());
    }

    /** The order's page as the customer's browser reaches this app: where the sandbox sends them back to. */
    static String orderPage(UUID orderId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/orders/{id}").buildAndExpand(orderId).toUriString();
    }
}
