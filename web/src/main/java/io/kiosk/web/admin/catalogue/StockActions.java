package io.kiosk.web.admin.catalogue;

import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.api.StockApi;
import io.kiosk.client.command.model.StockLevelRequest;
import io.kiosk.client.command.model.StockLevelRequestMadeToOrder;
import io.kiosk.client.command.model.StockReceiptRequest;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Positions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stock of one variant ({@code BACK_OFFICE}, {@code ADMIN}): count it (the units on the shelf now), receive units
 * (added to what is there), or make the variant to order with its lead days. The variant is one choice of each
 * stock-relevant option group ({@code option.<group>} parameters); the API checks that it is one.
 */
@Controller
class StockActions {

    private final StockApi stock;

    StockActions(Backend backend) {
        this.stock = new StockApi(backend.commands());
    }

    @PostMapping("/admin/catalogue/{productId}/stock")
    String change(@PathVariable String productId, @RequestParam String action, @RequestParam(defaultValue = "") String quantity,
                  @RequestParam Map<String, String> parameters, RedirectAttributes redirect) throws ApiException {
        Map<String, String> variant = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("option.")) {
                variant.put(name.substring("option.".length()), value);
            }
        });
        String page = "redirect:/admin/catalogue/" + UriUtils.encodePathSegment(productId, StandardCharsets.UTF_8) + "#stock";
        Integer units = whole(quantity);
        if (units == null) {
            redirect.addFlashAttribute("notice", "admin.catalogue.stock.not-a-number");
            return page;
        }
        try {
            var answer = switch (action) {
                case "count" -> stock.setStockWithHttpInfo(productId, new StockLevelRequest().options(variant).onHand(units));
                case "receive" -> stock.receiveStockWithHttpInfo(productId, new StockReceiptRequest().options(variant).quantity(units));
                case "made-to-order" -> stock.setStockWithHttpInfo(productId, new StockLevelRequest().options(variant)
                        .madeToOrder(new StockLevelRequestMadeToOrder().leadDays(units)));
                default -> null;
            };
            if (answer == null) {
                redirect.addFlashAttribute("notice", "admin.catalogue.stock.unknown-action");
                return page;
            }
            redirect.addFlashAttribute(Positions.FLASH, Positions.of(answer));
            redirect.addFlashAttribute("notice", "admin.catalogue.stock." + action);
            redirect.addFlashAttribute("noticeArgs", new Object[]{units, answer.getData().getOnHand()});
        } catch (ApiException refused) {
            ProductAdminPage.refusal(refused, redirect);
        }
        return page;
    }

    private static Integer whole(String typed) {
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
