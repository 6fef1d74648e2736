package io.kiosk.web.admin.orders;

import io.kiosk.client.command.api.PaymentReviewApi;
import io.kiosk.client.command.api.RefundsApi;
import io.kiosk.client.command.model.RefundPage;
import io.kiosk.client.command.model.RefundStatus;
import io.kiosk.client.query.api.OrderSearchApi;
import io.kiosk.client.query.model.OrderSearchResult;
import io.kiosk.web.backend.Backend;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/**
 * The back office's work lists ({@code /admin/work-lists}): all of them with their counts, and each one's items
 * ({@code /admin/work-lists/{slug}}), oldest first, each opening its order where the work is done. Orders come from
 * the order search (status, placed oldest first, cursor paging), held payments from the payment review, refunds from
 * the refund list (page by page).
 */
@Controller
class WorkListPage {

    private static final int PAGE = 50;

    private final OrderSearchApi search;
    private final PaymentReviewApi payments;
    private final RefundsApi refunds;
    private final WorkListCounts counts;

    WorkListPage(Backend backend, WorkListCounts counts) {
        this.search = new OrderSearchApi(backend.queries());
        this.payments = new PaymentReviewApi(backend.commands());
        this.refunds = new RefundsApi(backend.commands());
        this.counts = counts;
    }

    @GetMapping("/admin/work-lists")
    String all(Model model) throws io.kiosk.client.query.ApiException, io.kiosk.client.command.ApiException {
        model.addAttribute("counts", counts.now());
        model.addAttribute("workLists", WorkList.values());
        return "admin/orders/work-lists";
    }

    @GetMapping("/admin/work-lists/{slug}")
    String one(@PathVariable String slug, @RequestParam(required = false) String after,
               @RequestParam(defaultValue = "0") int page, Model model)
            throws io.kiosk.client.query.ApiException, io.kiosk.client.command.ApiException {
        WorkList list = WorkList.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("list", list);
        model.addAttribute("workLists", WorkList.values());
        switch (list.source()) {
            case ORDERS -> {
                OrderSearchResult found = search.searchOrders(null, List.of(list.status()), null, null, null, null, null,
                        null, "placedAt,asc", PAGE, after == null || after.isBlank() ? null : after, null);
                model.addAttribute("found", found);
                model.addAttribute("nextPage", found.getNext() == null ? null : address(list, "after", found.getNext()));
            }
            case HELD_PAYMENTS -> model.addAttribute("held", payments.listHeldPayments());
            case REFUNDS -> {
                RefundPage answer = refunds.listRefunds(RefundStatus.fromValue(list.status()), null, Math.max(page, 0), PAGE);
                model.addAttribute("refunds", answer);
                boolean more = (long) (answer.getPage() + 1) * answer.getSize() < answer.getTotal();
                model.addAttribute("nextPage", more ? address(list, "page", Integer.toString(answer.getPage() + 1)) : null);
            }
        }
        return "admin/orders/work-list";
    }

    private static String address(WorkList list, String name, String value) {
        return UriComponentsBuilder.fromPath("/admin/work-lists/" + list.slug()).queryParam(name, value).encode().build()
                .toUriString();
    }
}
