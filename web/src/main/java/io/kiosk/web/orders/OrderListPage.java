package io.kiosk.web.orders;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.OrdersApi;
import io.kiosk.client.query.model.OrderPage;
import io.kiosk.client.query.model.OrderStatus;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Positions;
import io.kiosk.web.security.ReturnUrl;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.Optional;

/**
 * The customer's orders, newest first, a page at a time, optionally in one status: a GET form of status chips that
 * works as plain links, redrawn in place by htmx.
 */
@Controller
class OrderListPage {

    static final int PAGE_SIZE = 10;

    private final OrdersApi orders;

    OrderListPage(Backend backend) {
        this.orders = new OrdersApi(backend.queries());
    }

    @GetMapping("/orders")
    String orders(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
                  HttpServletRequest request, Model model) throws ApiException {
        Optional<OrderStatus> wanted = Arrays.stream(OrderStatus.values()).filter(each -> each.getValue().equals(status)).findFirst();
        int asked = Math.max(0, page);
        OrderPage found = orders.listOrders(wanted.orElse(null), null, asked, PAGE_SIZE, Positions.from(model));
        long pages = Math.max(1, (found.getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("found", found);
        model.addAttribute("status", wanted.map(OrderStatus::getValue).orElse(""));
        model.addAttribute("statuses", Arrays.stream(OrderStatus.values()).map(OrderStatus::getValue).toList());
        model.addAttribute("page", asked);
        model.addAttribute("pages", pages);
        return ReturnUrl.isHtmx(request) ? "orders/orders :: results" : "orders/orders";
    }
}
