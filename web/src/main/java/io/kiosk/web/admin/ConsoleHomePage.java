package io.kiosk.web.admin;

import io.kiosk.web.admin.orders.WorkList;
import io.kiosk.web.admin.orders.WorkListCounts;
import io.kiosk.web.session.AccessTokens;
import io.kiosk.web.session.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * The console's home ({@code /admin}): for the back office, how much waits in each work list, counted again every few
 * seconds (htmx polls {@code /admin/work-lists/counts}: the APIs have no stream of counts, and a count is cheap); for an
 * analyst, the way to the dashboard. The menu says the rest.
 */
@Controller
class ConsoleHomePage {

    private final WorkListCounts counts;

    ConsoleHomePage(WorkListCounts counts) {
        this.counts = counts;
    }

    @GetMapping("/admin")
    String home(Model model) throws io.kiosk.client.query.ApiException, io.kiosk.client.command.ApiException {
        if (ConsoleArea.WORK_LISTS.openTo(AccessTokens.signedIn().map(SignedIn::roles).orElse(List.of()))) {
            model.addAttribute("counts", counts.now());
            model.addAttribute("workLists", WorkList.values());
        }
        return "admin/home";
    }

    @GetMapping("/admin/work-lists/counts")
    String counts(Model model) throws io.kiosk.client.query.ApiException, io.kiosk.client.command.ApiException {
        model.addAttribute("counts", counts.now());
        model.addAttribute("workLists", WorkList.values());
        return "admin/home :: counts";
    }
}
