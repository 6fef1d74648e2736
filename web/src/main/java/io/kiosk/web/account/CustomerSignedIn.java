package io.kiosk.web.account;

import io.kiosk.web.session.SignedIn;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A shopper just logged in to this web session, published while the login request is still being served: whatever
 * the session held for the anonymous shopper (the cart) can be handed over to the account now.
 */
public record CustomerSignedIn(SignedIn signedIn, HttpServletRequest request) {
}
