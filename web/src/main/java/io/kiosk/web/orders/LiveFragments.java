package io.kiosk.web.orders;

import io.kiosk.client.query.model.OrderSummary;
import io.kiosk.web.checkout.PaymentStep;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parts of the order and payment pages that follow the order, rendered outside any request for the live stream: the
 * order page's {@code orders/order :: live} (event {@code order}) and the payment page's {@code checkout/payment :: step}
 * (event {@code payment}), in the language of the browser that asked, with the same templates the pages render. They
 * are written for this: plain links (no {@code @{…}}, which needs a request) and no forms (the actions they offer are
 * pages of their own, with the session's CSRF token).
 */
@Component
class LiveFragments {

    private final ITemplateEngine templates;
    private final ApplicationContext application;

    LiveFragments(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /** Each live part of the pages of {@code order}, by the event that carries it. */
    Map<String, String> render(OrderSummary order, Locale locale, String returnTo) {
        Map<String, String> parts = new LinkedHashMap<>();
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            parts.put("order", render("orders/order", "live", locale, Map.of("order", order, "progress", OrderProgress.of(order))));
            parts.put("payment", render("checkout/payment", "step", locale, Map.of("order", order,
                    "step", PaymentStep.of(order, returnTo))));
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
        return parts;
    }

    private String render(String template, String fragment, Locale locale, Map<String, Object> variables) {
        Context context = new Context(locale, variables);
        // templates call beans (@fmt) as on a page
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return templates.process(template, Set.of(fragment), context);
    }
}
