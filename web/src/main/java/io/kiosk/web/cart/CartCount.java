package io.kiosk.web.cart;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of items the header's cart link shows on every page ({@code cartCount}), from the session. */
@ControllerAdvice
class CartCount {

    @ModelAttribute("cartCount")
    int cartCount(HttpServletRequest request) {
        return Carts.itemCount(request.getSession(false));
    }
}
