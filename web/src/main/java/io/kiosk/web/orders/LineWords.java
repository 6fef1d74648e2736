package io.kiosk.web.orders;

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
import java.util.Optional;

/**
 * An order's (or a checkout's) lines as a customer reads them: the product's name and its chosen options in words
 * ("颜色：石墨黑 · 尺寸：大号"), from the products' definitions on the query side (catalogue.ProductDefinitions). A product no
 * longer on sale is named by the line's own label and its option codes.
 */
@Component
public class LineWords {

    private final ProductDefinitions catalogue;
    private final Formats formats;
    private final MessageSource messages;

    LineWords(ProductDefinitions catalogue, Formats formats, MessageSource messages) {
        this.catalogue = catalogue;
        this.formats = formats;
        this.messages = messages;
    }

    /** A line to put in words: its key (a line id), product and chosen options. */
    public record Line(Object key, String productId, Map<String, String> options) {
    }

    /** What a line says: the product's name (null when only the line's own label has one) and its options. */
    public record Said(String name, String options, List<String> images) {
    }

    /** Each line's words, by its key. */
    public Map<Object, Said> of(List<Line> lines) throws ApiException {
        Map<String, Optional<ProductDefinition>> products = new HashMap<>();
        Map<Object, Said> said = new HashMap<>();
        for (Line line : lines) {
            if (!products.containsKey(line.productId())) {
                products.put(line.productId(), catalogue.definition(line.productId()));
            }
            Optional<ProductDefinition> product = products.get(line.productId());
            Map<String, String> options = line.options() == null ? Map.of() : line.options();
            said.put(line.key(), new Said(product.map(found -> formats.text(found.getName())).orElse(null),
                    product.map(found -> words(found, options)).orElseGet(() -> codes(options)),
                    product.map(ProductDefinition::getImages).orElse(List.of())));
        }
        return said;
    }

    private static String codes(Map<String, String> options) {
        return String.join(" · ", options.entrySet().stream().map(option -> option.getKey() + "=" + option.getValue()).toList());
    }

    private String words(ProductDefinition product, Map<String, String> options) {
        List<String> said = new ArrayList<>();
        for (OptionGroup group : product.getOptionGroups()) {
            String value = options.get(group.getId());
            if (value == null || value.isBlank()) {
                continue;
            }
            String shown = group.getKind() == SelectionKind.TEXT ? text("orders.option.text", value)
                    : String.join(text("orders.option.separator"), java.util.Arrays.stream(value.split(","))
                    .map(choice -> choiceName(group, choice)).toList());
            said.add(text("catalogue.choice", formats.text(group.getName()), shown));
        }
        return String.join(" · ", said);
    }

    private String choiceName(OptionGroup group, String choice) {
        return group.getChoices().stream().filter(each -> each.getId().equals(choice)).findFirst()
                .map(OptionChoice::getName).map(formats::text).orElse(choice);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
