package io.kiosk.web.cart;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.model.ProductDetails;
import io.kiosk.web.backend.Positions;
import io.kiosk.web.catalogue.ProductDefinitions;
import io.kiosk.web.problems.ApiProblem;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;
import java.util.UUID;

/**
 * The cart: its lines with their options, quantities to change, lines to remove, the total; a price that changed since
 * the shopper saw it, with the question whether the new price is fine; and the way on to checkout (which asks an
 * anonymous shopper to log in or register first, keeping the cart). Every change posts and redirects here.
 */
@Controller
class CartPage {

    private final Carts carts;
    private final CartOptions options;
    private final ProductDefinitions products;
    private final MessageSource messages;

    CartPage(Carts carts, CartOptions options, ProductDefinitions products, MessageSource messages) {
        this.carts = carts;
        this.options = options;
        this.products = products;
        this.messages = messages;
    }

    @GetMapping("/cart")
    String cart(HttpSession session, Model model) throws ApiException {
        CartView cart = carts.view(session, Positions.from(model));
        model.addAttribute("cart", cart);
        model.addAttribute("options", options.describe(cart));
        model.addAttribute("cartCount", cart.itemCount());
        return "cart/cart";
    }

    @PostMapping("/cart/items")
    String add(@ModelAttribute AddToCartForm form, HttpSession session, RedirectAttributes redirect)
            throws io.kiosk.client.command.ApiException, ApiException {
        if (form.getUnitPrice() == null) {
            // no price was shown (the configuration could not be ordered): back to the product page, which says why
            return "redirect:/products/" + form.getProductId();
        }
        ProductDetails product = products.product(form.getProductId());
        CartLine line = new CartLine(UUID.randomUUID(), form.getProductId(), product.getDefinition().getName().getZh(),
                product.getDefinition().getName().getEn(), form.getOptions(), form.getQuantity(), form.getUnitPrice(),
                form.getCurrency());
        return changed(() -> carts.add(session, line), "cart.added", redirect);
    }

    @PostMapping("/cart/items/{itemId}/quantity")
    String changeQuantity(@PathVariable UUID itemId, @RequestParam int quantity, HttpSession session, RedirectAttributes redirect)
            throws io.kiosk.client.command.ApiException, ApiException {
        if (quantity < 1) {
            return remove(itemId, session, redirect);
        }
        return changed(() -> carts.changeQuantity(session, itemId, quantity), "cart.quantity-changed", redirect);
    }

    @PostMapping("/cart/items/{itemId}/removal")
    String remove(@PathVariable UUID itemId, HttpSession session, RedirectAttributes redirect)
            throws io.kiosk.client.command.ApiException, ApiException {
        return changed(() -> carts.remove(session, itemId), "cart.removed", redirect);
    }

    @PostMapping("/cart/price-changes/{changeId}/acceptance")
    String accept(@PathVariable UUID changeId, HttpSession session, RedirectAttributes redirect)
            throws io.kiosk.client.command.ApiException, ApiException {
        return changed(() -> carts.accept(session, changeId), "cart.added", redirect);
    }

    @PostMapping("/cart/price-changes/{changeId}/dismissal")
    String decline(@PathVariable UUID changeId, HttpSession session) {
        carts.decline(session, changeId);
        return "redirect:/cart";
    }

    /** A change of the cart: done, its position carried to the cart page; or refused, the refusal said there. */
    private String changed(Change change, String notice, RedirectAttributes redirect)
            throws io.kiosk.client.command.ApiException, ApiException {
        try {
            Optional<Long> position = change.make();
            position.ifPresent(at -> redirect.addFlashAttribute(Positions.FLASH, at));
            redirect.addFlashAttribute("notice", notice);
        } catch (io.kiosk.client.command.ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.isOurFault() || problem.status() == 401 || problem.status() == 403) {
                throw refused;
            }
            redirect.addFlashAttribute("refusal", messages.getMessage("problem." + problem.type(),
                    new Object[]{problem.detail()}, problem.detail(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/cart";
    }

    @FunctionalInterface
    private interface Change {
        Optional<Long> make() throws io.kiosk.client.command.ApiException, ApiException;
    }
}
