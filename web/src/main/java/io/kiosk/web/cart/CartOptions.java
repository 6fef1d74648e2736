package io.kiosk.web.cart;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.model.OptionChoice;
import io.kiosk.client.query.model.OptionGroup;
import io.kiosk.client.query.model.ProductDefinition;
import io.kiosk.client.query.model.SelectionKind;
import io.kiosk.web.catalogue.ProductDefinitions;
import io.kiosk.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cart lines' options as a shopper reads them ("颜色：石墨黑 · 尺寸：大号 · 刻字：“Mia”") and their photos, from
 * the products' definitions (catalogue.ProductDefinitions); a product no longer on sale shows its option codes.
 */
@Component
class CartOptions {

    private final ProductDefinitions products;
    private final Formats formats;
    private final MessageSource messages;

    CartOptions(ProductDefinitions products, Formats formats, MessageSource messages) {
        this.products = products;
        this.formats = formats;
        this.messages = messages;
    }

    /** Per line: its options in words, and the product's photos. */
    Map<UUID, Described> describe(CartView cart) throws ApiException {
        Map<String, ProductDefinition> products = new HashMap<>();
        Map<UUID, Described> described = new HashMap<>();
        List<CartLine> lines = new ArrayList<>(cart.lines());
        cart.changes().forEach(change -> lines.add(change.line()));
        for (CartLine line : lines) {
            if (!products.containsKey(line.productId())) {
                products.put(line.productId(), this.products.definition(line.productId()).orElse(null));
            }
            ProductDefinition product = products.get(line.productId());
            described.put(line.itemId(), new Described(words(product, line.options()),
                    product == null ? List.of() : product.getImages()));
        }
        return described;
    }

    /** A line's options in words, and the product's photos. */
    record Described(String options, List<String> images) {
    }

    private String words(ProductDefinition product, Map<String, String> options) {
        List<String> said = new ArrayList<>();
        if (product == null) {
            options.forEach((group, value) -> said.add(group + "=" + value));
            return String.join(" · ", said);
        }
        for (OptionGroup group : product.getOptionGroups()) {
            String value = options.get(group.getId());
            if (value == null) {
                continue;
            }
            String shown = group.getKind() == SelectionKind.TEXT ? text("cart.option.text", value)
                    : String.join(text("cart.option.separator"), List.of(value.split(",")).stream()
                            .map(choice -> group.getChoices().stream().filter(each -> each.getId().equals(choice)).findFirst()
                                    .map(OptionChoice::getName).map(formats::text).orElse(choice)).toList());
            said.add(text("catalogue.choice", formats.text(group.getName()), shown));
        }
        return String.join(" · ", said);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
