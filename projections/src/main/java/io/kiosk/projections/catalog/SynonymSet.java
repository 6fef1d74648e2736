package io.kiosk.projections.catalog;

import java.util.List;

/** Words that mean the same to a shopper ({@code 充电宝, 移动电源, power bank}), under an id staff refer to it by. */
public record SynonymSet(String id, List<String> terms) {

    public SynonymSet {
        terms = List.copyOf(terms);
    }

    /** The set as one rule of the synonyms API (Solr's format: equivalent words, comma-separated). */
    String rule() {
        return String.join(", ", terms);
    }
}
