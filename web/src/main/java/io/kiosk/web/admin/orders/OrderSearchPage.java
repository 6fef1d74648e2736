package io.kiosk.web.admin.orders;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.OrderSearchApi;
import io.kiosk.client.query.model.OrderSearchResult;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.problems.ApiProblem;
import io.kiosk.web.problems.FormProblems;
import io.kiosk.web.security.ReturnUrl;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

import static io.kiosk.web.admin.orders.OrderSearchForm.blankIsNull;

/**
 * Order search for the back office ({@code /admin/orders}): the query side's order search with every filter it has
 * (words in Chinese or English, an id or its start, an e-mail address, a phone number or its last digits, a product;
 * statuses, payment method, dates, amounts, currency), its sorts and cursor paging; a result opens the order. The
 * form works without htmx (it is a GET); with htmx only the results are redrawn.
 */
@Controller
class OrderSearchPage {

    static final List<String> STATUSES = List.of("PLACED", "AWAITING_PAYMENT", "PAID", "IN_FULFILMENT", "SHIPPED",
            "DELIVERED", "CANCELLED", "EXPIRED");
    static final List<String> METHODS = List.of("CARD", "ALIPAY", "WECHAT_PAY");

    private final OrderSearchApi search;

    OrderSearchPage(Backend backend) {
        this.search = new OrderSearchApi(backend.queries());
    }

    @GetMapping("/admin/orders")
    String search(@ModelAttribute("search") OrderSearchForm form, BindingResult result, Model model,
                  HttpServletRequest request) throws ApiException {
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("methods", METHODS);
        model.addAttribute("sorts", OrderSearchForm.SORTS);
        model.addAttribute("sizes", OrderSearchForm.SIZES);
        if (!result.hasErrors()) {
            try {
                OrderSearchResult found = search.searchOrders(blankIsNull(form.getQ()),
                        form.getStatus().isEmpty() ? null : form.getStatus(), blankIsNull(form.getPaymentMethod()),
                        blankIsNull(form.getFrom()), blankIsNull(form.getTo()), form.getMinTotal(), form.getMaxTotal(),
                        blankIsNull(form.getCurrency()), blankIsNull(form.getSort()), form.getSize(),
                        blankIsNull(form.getAfter()), null);
                model.addAttribute("found", found);
                model.addAttribute("nextPage", found.getNext() == null ? null : form.address(found.getNext()));
                model.addAttribute("firstPage", blankIsNull(form.getAfter()) == null ? null : form.address(null));
            } catch (ApiException refused) {
                ApiProblem problem = ApiProblem.of(refused);
                if (problem.status() != 400) {
                    throw refused;
                }
                FormProblems.reject(problem, result);
            }
        }
        return ReturnUrl.isHtmx(request) ? "admin/orders/search :: results" : "admin/orders/search";
    }
}
