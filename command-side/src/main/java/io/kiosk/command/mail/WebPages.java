package io.kiosk.command.mail;

import io.kiosk.api.order.OrderId;
import io.kiosk.api.refund.RefundId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The web app's pages that mails link to, under {@code kiosk.web-url} ({@code KIOSK_WEB_URL}). The web app serves
 * each of these routes (docs/api.md, "Mails and the web app", lists what each page shows); a mail never links to an
 * API URL, which no person can open.
 */
@Component
public class WebPages {

    private final String base;

    public WebPages(@Value("${kiosk.web-url}") String webUrl) {
        URI uri = URI.create(webUrl.strip());
        if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("kiosk.web-url (KIOSK_WEB_URL) must be the web app's http(s) address, not '"
                    + webUrl + "'");
        }
        this.base = webUrl.strip().replaceAll("/+$", "");
    }

    /** Where a new customer confirms their address with the mailed code. */
    public String verifyEmail(String code) {
        return base + "/account/verify?token=" + encoded(code);
    }

    /** Where a customer chooses a new password with the mailed code. */
    public String resetPassword(String code) {
        return base + "/account/reset-password?token=" + encoded(code);
    }

    /** Where anyone asks for a password reset by mail. */
    public String forgotPassword() {
        return base + "/account/forgot-password";
    }

    /** The customer's page of one order. */
    public String order(OrderId orderId) {
        return base + "/orders/" + orderId;
    }

    /** The customer's page of one refund (with the form for the return parcel once the return is authorised). */
    public String refund(RefundId refundId) {
        return base + "/refunds/" + refundId;
    }

    private static String encoded(String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
