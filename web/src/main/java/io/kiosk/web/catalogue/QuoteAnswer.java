package io.kiosk.web.catalogue;

import io.kiosk.client.query.model.Quote;
import io.kiosk.client.query.model.StockStatus;

import java.util.List;
import java.util.Set;

/**
 * What the product page's quote area shows for a configuration: the quote (price breakdown, total, stock, delivery
 * window) when the configuration can be ordered, else why not, in the shopper's words, with the choices at fault.
 *
 * @param quote       the quote, or null when the configuration cannot be ordered
 * @param problems    why it cannot, one sentence per broken rule (empty with a quote)
 * @param conflicting the choices the rules name ({@code group=choice}), to mark them on the page
 * @param regionName  the delivery region's name in the page's language
 */
public record QuoteAnswer(Quote quote, List<String> problems, Set<String> conflicting, String regionName) {

    public QuoteAnswer {
        problems = List.copyOf(problems);
        conflicting = Set.copyOf(conflicting);
    }

    /** Whether the configuration can go into the cart now: it has a price and is not sold out. */
    public boolean orderable() {
        return quote != null && quote.getStock() != StockStatus.OUT_OF_STOCK;
    }

    /** Whether {@code group=choice} is one of the choices a broken rule names. */
    public boolean conflicts(String group, String choice) {
        return conflicting.contains(group + "=" + choice);
    }
}
