package io.kiosk.command.payment.sandbox;

import io.kiosk.api.payment.PaymentId;
import io.kiosk.command.RuleViolation;
import io.kiosk.command.payment.Trade;
import io.kiosk.command.problems.InvalidField;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.Optional;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The sandbox's payment page: plain HTML (no scripts, styles or outside assets, within the strict
 * content security policy) with the trade and three buttons. Pressing one makes the sandbox notify Kiosk as
 * the method's provider would: paid, declined, or closed unpaid when the customer walks away. Like a real
 * provider's return URL, {@code ?return=} names the shop's page to go back to afterwards (the web app's order
 * page); only a page of the web app ({@code kiosk.web-url}) is offered, so the sandbox sends nobody elsewhere.
 */
@RestController
@ConditionalOnProperty(name = "kiosk.payments.provider", havingValue = "sandbox")
@Tag(name = "Payment sandbox")
class SandboxPage {

    /** Described as a document ("binary"), so that generated clients hand the page over as it is instead of parsing it. */
    static final String HTML_PAGE = "an HTML page (UTF-8)";

    private static final String RETURN_DESCRIPTION = "the shop's page to go back to afterwards (a page of `kiosk.web-url`; "
            + "any other address is ignored)";

    private final SandboxGateway gateway;
    private final SandboxNotices notices;
    private final String shop;

    SandboxPage(SandboxGateway gateway, SandboxNotices notices, @Value("${kiosk.web-url}") String webUrl) {
        this.gateway = gateway;
        this.notices = notices;
        this.shop = webUrl.strip().replaceAll("/+$", "") + "/";
    }

    @GetMapping(path = "/sandbox/pay/{paymentId}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(operationId = "showSandboxPaymentPage", summary = "The simulated provider's payment page (sandbox only)",
            description = "An HTML page with the trade and three buttons (pay, decline, abandon); the order's payment on the "
                    + "query side links to it (`payment.action.value`).",
            responses = @ApiResponse(responseCode = "200", description = "The page", content = @Content(mediaType = "text/html",
                    schema = @Schema(type = "string", format = "binary", description = HTML_PAGE))))
    String page(@Parameter(description = "the payment's id", schema = @Schema(format = "uuid")) @PathVariable String paymentId,
                @Parameter(name = "return", description = RETURN_DESCRIPTION) @RequestParam(name = "return", required = false)
                String returnTo, HttpServletResponse response) {
        // the APIs' "no-referrer" would make the browser send its form as from origin "null", which CORS refuses as a
        // foreign site: the page's own form is same-origin, and says so
        response.setHeader("Referrer-Policy", "same-origin");
        Trade trade = trade(paymentId);
        Optional<String> back = shopPage(returnTo);
        String closed = gateway.isClosed(trade.paymentId()) ? "<p><strong>This trade was closed by Kiosk.</strong></p>" : "";
        return html("Pay " + trade.amount(), """
                <p>Sandbox: no money moves. The buttons make the sandbox notify Kiosk exactly as %s would.</p>
                %s<dl>
                <dt>Method</dt><dd>%s</dd>
                <dt>Amount</dt><dd>%s</dd>
                <dt>For</dt><dd>%s</dd>
                <dt>Trade</dt><dd>%s</dd>
                </dl>
                <form method="post" action="/sandbox/pay/%s">
                %s<button type="submit" name="outcome" value="pay">Pay</button>
                <button type="submit" name="outcome" value="decline">Decline</button>
                <button type="submit" name="outcome" value="abandon">Abandon</button>
                </form>%s""".formatted(trade.method(), closed, trade.method(), htmlEscape(trade.amount().toString()),
                htmlEscape(trade.description()), trade.paymentId(), trade.paymentId(),
                back.map(page -> "<input type=\"hidden\" name=\"return\" value=\"" + htmlEscape(page) + "\">\n").orElse(""),
                back.map(page -> "\n<p><a href=\"" + htmlEscape(page) + "\">Back to the shop without paying</a></p>").orElse("")));
    }

    @PostMapping(path = "/sandbox/pay/{paymentId}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @Operation(operationId = "chooseSandboxPaymentOutcome", summary = "Pay, decline or abandon on the simulated provider's page "
            + "(sandbox only)", description = "The sandbox then notifies Kiosk exactly as the payment method's provider would, "
            + "signed, and shows Kiosk's answer.",
            responses = @ApiResponse(responseCode = "200", description = "A page saying what the sandbox sent and how Kiosk answered",
                    content = @Content(mediaType = "text/html", schema = @Schema(type = "string", format = "binary",
                            description = HTML_PAGE))))
    String choose(@Parameter(description = "the payment's id", schema = @Schema(format = "uuid")) @PathVariable String paymentId,
                  @Parameter(description = "what the customer does", schema = @Schema(allowableValues = {"pay", "decline", "abandon"}))
                  @RequestParam String outcome,
                  @Parameter(name = "return", description = RETURN_DESCRIPTION) @RequestParam(name = "return", required = false)
                  String returnTo, HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "same-origin");
        Trade trade = trade(paymentId);
        Optional<String> back = shopPage(returnTo);
        SandboxNotices.Choice choice = InvalidField.parse("outcome",
                () -> SandboxNotices.Choice.valueOf(outcome.toUpperCase(Locale.ROOT)));
        SandboxNotices.Answer answer = notices.send(trade, choice);
        return html(switch (choice) {
            case PAY -> "Paid";
            case DECLINE -> "Declined";
            case ABANDON -> "Abandoned";
        }, """
                <p>The sandbox sent %s's notification for %s to Kiosk, which answered %d <code>%s</code>.</p>
                <p><a href="/sandbox/pay/%s">Back to the payment page</a></p>%s""".formatted(trade.method(),
                htmlEscape(trade.amount().toString()), answer.status(), htmlEscape(answer.body()), trade.paymentId(),
                back.map(page -> "\n<p><a id=\"return-to-shop\" href=\"" + htmlEscape(page) + "\">Back to the shop</a></p>")
                        .orElse("")));
    }

    /** {@code returnTo} when it is a page of the web app, the only place the sandbox sends a customer back to. */
    private Optional<String> shopPage(String returnTo) {
        return Optional.ofNullable(returnTo).map(String::strip)
                .filter(page -> page.startsWith(shop) && !page.contains("\"") && !page.contains("<"));
    }

    private Trade trade(String paymentId) {
        PaymentId id = InvalidField.parse("paymentId", () -> PaymentId.of(paymentId));
        return gateway.trade(id).orElseThrow(() ->
                RuleViolation.notFound("payment-not-found", "paymentId", "the sandbox holds no trade " + id));
    }

    private static String html(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>%s · Kiosk payment sandbox</title></head>
                <body>
                <h1>%s</h1>
                %s
                </body>
                </html>
                """.formatted(htmlEscape(title), htmlEscape(title), body);
    }
}
