package io.kiosk.query.search;

import java.util.List;

/**
 * A new or changed synonym set: the words that mean the same to a shopper, 2 to {@value SynonymSets#MOST_TERMS},
 * each 1 to {@value SynonymSets#LONGEST_TERM} characters, in Chinese or English ({@code 充电宝}, {@code power bank}).
 * {@code id} names a new set (lower-case letters, digits and '-'); left out, one is made.
 */
public record SynonymSetChange(String id, List<String> terms) {
}
