package io.kiosk.web.catalogue;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.CatalogueApi;
import io.kiosk.client.query.model.OptionChoice;
import io.kiosk.client.query.model.OptionGroup;
import io.kiosk.client.query.model.ProductDefinition;
import io.kiosk.client.query.model.QuoteRequest;
import io.kiosk.web.backend.Backend;
import io.kiosk.web.i18n.Formats;
import io.kiosk.web.problems.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asks the query API for the quote of a configuration ({@code quoteConfiguration}) and, when the rules forbid the
 * configuration (422 {@code invalid-configuration}), says why in the shopper's language from the refusal's
 * {@code errors} and {@code conflicting} choices: "无线充电 needs 大号", "快充 cannot be had with 玫瑰金".
 */
@Component
class Quotes {

    private final CatalogueApi catalogue;
    private final DeliveryRegions regions;
    private final MessageSource messages;
    private final Formats formats;

    Quotes(Backend backend, DeliveryRegions regions, MessageSource messages, Formats formats) {
        this.catalogue = new CatalogueApi(backend.queries());
        this.regions = regions;
        this.messages = messages;
        this.formats = formats;
    }

    QuoteAnswer quote(ProductDefinition product, ProductConfiguration configuration) throws ApiException {
        String regionName = regions.find(configuration.region()).map(region -> formats.text(region.getName()))
                .orElse(configuration.region());
        try {
            return new QuoteAnswer(catalogue.quoteConfiguration(new QuoteRequest().productId(configuration.productId())
                    .options(configuration.options()).quantity(configuration.quantity()).region(configuration.region()), null),
                    List.of(), Set.of(), regionName);
        } catch (ApiException refused) {
            ApiProblem problem = ApiProblem.of(refused);
            if (problem.status() != 422 && problem.status() != 400) {
                throw refused;
            }
            Set<String> conflicting = new LinkedHashSet<>(problem.conflicting());
            List<String> reasons = new ArrayList<>();
            for (ApiProblem.FieldFault fault : problem.fieldFaults()) {
                conflicting.addAll(fault.conflicting());
                reasons.add(reason(product, fault));
            }
            if (reasons.isEmpty()) {
                reasons.add(problem.detail());
            }
            return new QuoteAnswer(null, reasons, conflicting, regionName);
        }
    }

    /**
     * What the page says beside each choice ({@code group=choice} to words): its price ("+¥20.00", "+10%") and its
     * rules ("needs 尺寸：大号", "not with 颜色：玫瑰金"), so that a shopper sees a rule before breaking it.
     */
    ChoiceNotes notes(ProductDefinition product) {
        java.util.Map<String, String> prices = new java.util.HashMap<>();
        java.util.Map<String, String> rules = new java.util.HashMap<>();
        for (OptionGroup group : product.getOptionGroups()) {
            for (OptionChoice choice : group.getChoices()) {
                String reference = group.getId() + "=" + choice.getId();
                price(choice).ifPresent(price -> prices.put(reference, price));
                List<String> said = new ArrayList<>();
                if (!choice.getRequires().isEmpty()) {
                    said.add(text("catalogue.rule.needs", String.join(text("catalogue.rule.or"),
                            choice.getRequires().stream().map(required -> choiceName(product, required)).toList())));
                }
                choice.getExcludes().forEach(excluded -> said.add(text("catalogue.rule.not-with", choiceName(product, excluded))));
                if (!said.isEmpty()) {
                    rules.put(reference, String.join(text("catalogue.rule.and"), said));
                }
            }
        }
        return new ChoiceNotes(prices, rules);
    }

    private Optional<String> price(OptionChoice choice) {
        if (choice.getPriceDelta() == null || choice.getPriceDelta().getValue() == null
                || choice.getPriceDelta().getValue().signum() == 0) {
            return Optional.empty();
        }
        java.math.BigDecimal value = choice.getPriceDelta().getValue();
        String sign = value.signum() > 0 ? "+" : "−";
        return Optional.of(switch (choice.getPriceDelta().getKind()) {
            case PERCENT -> sign + value.abs().stripTrailingZeros().toPlainString() + "%";
            case ABSOLUTE -> sign + formats.money(value.abs(), "CNY");
        });
    }

    /** One broken rule in words: who needs what, who cannot be had with what, or the API's words for anything else. */
    private String reason(ProductDefinition product, ApiProblem.FieldFault fault) {
        List<String> names = fault.conflicting().stream().map(reference -> choiceName(product, reference)).toList();
        String message = fault.message() == null ? "" : fault.message();
        if (names.size() >= 2 && message.contains(" requires ")) {
            return text("catalogue.rule.requires", names.get(0), String.join(text("catalogue.rule.or"), names.subList(1, names.size())));
        }
        if (names.size() == 2 && message.contains(" cannot be combined with ")) {
            return text("catalogue.rule.excludes", names.get(0), names.get(1));
        }
        String group = fault.field() != null && fault.field().startsWith("options.") ? fault.field().substring("options.".length()) : null;
        return group == null ? message : text("catalogue.rule.other", groupName(product, group), message);
    }

    /** "group=choice" as the shopper reads it: 功能：无线充电. */
    private String choiceName(ProductDefinition product, String reference) {
        int equals = reference.indexOf('=');
        if (equals < 0) {
            return reference;
        }
        String group = reference.substring(0, equals);
        String choice = reference.substring(equals + 1);
        Optional<OptionGroup> found = product.getOptionGroups().stream().filter(each -> each.getId().equals(group)).findFirst();
        String choiceName = found.flatMap(each -> each.getChoices().stream().filter(c -> c.getId().equals(choice)).findFirst())
                .map(OptionChoice::getName).map(formats::text).orElse(choice);
        return text("catalogue.choice", groupName(product, group), choiceName);
    }

    private String groupName(ProductDefinition product, String group) {
        return product.getOptionGroups().stream().filter(each -> each.getId().equals(group)).findFirst()
                .map(each -> formats.text(each.getName())).orElse(group);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
