package io.kiosk.web.checkout;

import io.kiosk.client.command.ApiException;
import io.kiosk.client.command.ApiResponse;
import io.kiosk.client.command.api.CartsApi;
import io.kiosk.client.command.api.CustomersApi;
import io.kiosk.client.command.model.CheckoutConfirmation;
import io.kiosk.client.query.model.CustomerProfile;
import io.kiosk.client.query.model.CustomerProfileAddress;
import io.kiosk.client.query.model.PaymentProvider;
import io.kiosk.web.account.Profiles;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.backend.Idempotency;
import io.kiosk.web.backend.Positions;
import io.kiosk.web.cart.CartLine;
import io.kiosk.web.cart.CartView;
import io.kiosk.web.cart.Carts;
import io.kiosk.web.catalogue.DeliveryRegions;
import io.kiosk.web.orders.LineWords;
import io.kiosk.web.problems.ApiProblem;
import io.kiosk.web.problems.FormProblems;
import io.kiosk.web.session.AccessTokens;
import io.kiosk.web.session.SignedIn;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Checking out: the cart, where it goes (a saved address or a new one), whom to tell, the delivery region with the
 * estimate for it (redrawn by htmx when the region changes), and the payment method; then the order is placed and the
 * customer goes on to pay ({@link PaymentPage}). Every form shown has its own idempotency key ({@link CheckoutKeys}),
 * sent as {@code Idempotency-Key}: a double click places one order. An anonymous shopper never gets here: the access
 * rules send them to log in or register first, and back, with the cart kept.
 */
@Controller
class CheckoutPage {

    private static final Logger log = LoggerFactory.getLogger(CheckoutPage.class);

    private final Carts carts;
    private final Profiles profiles;
    private final DeliveryRegions regions;
    private final DeliveryEstimates estimates;
    private final LineWords lineWords;
    private final CartsApi cartsApi;
    private final CustomersApi customers;

    CheckoutPage(Carts carts, Profiles profiles, DeliveryRegions regions, DeliveryEstimates estimates, LineWords lineWords,
                 Backend backend) {
        this.carts = carts;
        this.profiles = profiles;
        this.regions = regions;
        this.estimates = estimates;
        this.lineWords = lineWords;
        this.cartsApi = new CartsApi(backend.commands());
        this.customers = new CustomersApi(backend.commands());
    }

    @GetMapping("/checkout")
    String form(HttpSession session, Model model, RedirectAttributes redirect) throws io.kiosk.client.query.ApiException {
        CartView cart = carts.view(session, Positions.from(model));
        if (cart.isEmpty() || cart.cartId() == null) {
            redirect.addFlashAttribute("notice", "checkout.cart-empty");
            return "redirect:/cart";
        }
        Optional<CustomerProfile> profile = profiles.mine(null);
        CheckoutForm form = new CheckoutForm();
        form.setKey(CheckoutKeys.of(session).begin(cart.cartId()));
        form.getContact().setEmail(AccessTokens.signedIn().map(SignedIn::email).orElse(""));
        profile.ifPresent(mine -> {
            form.getContact().setName(mine.getName());
            form.getContact().setPhone(mine.getPhone());
            form.getContact().setEmail(mine.getEmail());
            mine.getAddresses().stream().findFirst().ifPresent(first -> form.setSavedAddress(first.getAddressId().toString()));
        });
        form.setRegion(regions.orFirst(null));
        return page(form, cart, profile, model);
    }

    /** The estimate for another region (htmx asks when the region changes). */
    @GetMapping("/checkout/estimate")
    String estimate(@RequestParam(required = false) String region, HttpSession session, Model model)
            throws io.kiosk.client.query.ApiException {
        CartView cart = carts.view(session, null);
        String chosen = regions.orFirst(region);
        model.addAttribute("estimate", estimates.of(cart, chosen).orElse(null));
        model.addAttribute("regionName", regions.find(chosen).map(found -> found.getName()).orElse(null));
        return "checkout/checkout :: estimate";
    }

    @PostMapping("/checkout")
    String checkOut(@ModelAttribute("checkoutForm") CheckoutForm form, BindingResult result, HttpSession session, Model model,
                    RedirectAttributes redirect) throws ApiException, io.kiosk.client.query.ApiException {
        CheckoutKeys keys = CheckoutKeys.of(session);
        Optional<CheckoutKeys.Begun> begun = keys.find(form.getKey());
        if (begun.isEmpty()) {
            // a form this session did not show (it ended, or the form is from long ago): show a fresh one
            redirect.addFlashAttribute("notice", "checkout.start-again");
            return "redirect:/checkout";
        }
        if (begun.get().orderId() != null) {
            return "redirect:/orders/" + begun.get().orderId() + "/payment";
        }
        Optional<CustomerProfile> profile = profiles.mine(null);
        Optional<CustomerProfileAddress> saved = form.newAddress() ? Optional.empty() : profile.flatMap(mine -> mine.getAddresses()
                .stream().filter(address -> address.getAddressId().toString().equals(form.getSavedAddress())).findFirst());
        CheckoutChecks.check(form, saved.isPresent(), result);
        if (result.hasErrors()) {
            return page(form, carts.view(session, null), profile, model);
        }
        ApiResponse<CheckoutConfirmation> answer;
        try {
            UUID cartId = begun.get().cartId();
            var request = CheckoutChecks.request(form, saved);
            answer = Idempotency.once(() -> cartsApi.checkOutCartWithHttpInfo(cartId, request, form.getKey()));
        } catch (ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.isOurFault() || problem.status() == 401 || problem.status() == 403) {
                throw refused;
            }
            if (problem.is("cart-empty") || problem.is("cart-checked-out") || problem.status() == 404) {
                redirect.addFlashAttribute("notice", "checkout.cart-gone");
                return "redirect:/cart";
            }
            log.info("checkout refused: {} {} ({})", problem.status(), problem.type(), problem.detail());
            FormProblems.reject(problem, result);
            // the refused request placed nothing, and the API keeps its answer under the key: the corrected form is a
            // new request, with a key of its own
            form.setKey(keys.begin(begun.get().cartId()));
            return page(form, carts.view(session, null), profile, model);
        }
        UUID orderId = answer.getData().getOrderId();
        keys.placed(form.getKey(), orderId);
        Long position = Positions.of(answer);
        if (form.newAddress() && form.isSaveAddress()) {
            keepAddress(form);
        }
        forgetCheckedOutCart(session, position);
        redirect.addFlashAttribute(Positions.FLASH, position);
        redirect.addFlashAttribute("notice", "checkout.placed");
        return "redirect:/orders/" + orderId + "/payment";
    }

    private String page(CheckoutForm form, CartView cart, Optional<CustomerProfile> profile, Model model)
            throws io.kiosk.client.query.ApiException {
        if (cart.isEmpty()) {
            return "redirect:/cart";
        }
        model.addAttribute("checkoutForm", form);
        model.addAttribute("cart", cart);
        model.addAttribute("lines", lineWords.of(cart.lines().stream()
                .map(line -> new LineWords.Line(line.itemId(), line.productId(), line.options())).toList()));
        model.addAttribute("addresses", profile.map(CustomerProfile::getAddresses).orElse(List.of()));
        model.addAttribute("regions", regions.all());
        String region = regions.orFirst(form.getRegion());
        model.addAttribute("estimate", estimates.of(cart, region).orElse(null));
        model.addAttribute("regionName", regions.find(region).map(found -> found.getName()).orElse(null));
        model.addAttribute("methods", Arrays.stream(PaymentProvider.values()).map(PaymentProvider::getValue).toList());
        model.addAttribute("itemCount", cart.lines().stream().mapToInt(CartLine::quantity).sum());
        return "checkout/checkout";
    }

    /** A new address the customer asked to keep goes into their saved addresses; the order is placed either way. */
    private void keepAddress(CheckoutForm form) {
        try {
            customers.addDeliveryAddress(form.getAddress().toRequest());
        } catch (ApiException notKept) {
            log.info("the checkout's new address was not saved ({}): {}", notKept.getCode(), ApiProblem.of(notKept).detail());
        }
    }

    /** The checked-out cart is gone: reading the cart again finds none open, and the header counts nothing. */
    private void forgetCheckedOutCart(HttpSession session, Long position) {
        try {
            carts.view(session, position);
        } catch (io.kiosk.client.query.ApiException | RuntimeException notNow) {
            log.debug("the cart after checkout could not be read yet: {}", notNow.getMessage());
        }
    }
}
