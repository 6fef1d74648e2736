package io.kiosk.projections.catalog;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import io.kiosk.projections.pinyin.TypedPinyin;

import java.util.ArrayList;
import java.util.List;

/**
 * What a shopper's text matches, and how well. A product is found when any of these holds, and ranks by how many
 * hold and how strongly:
 * <ul>
 *   <li>the whole text is a phrase of a name (strongest: exact matches first);</li>
 *   <li>every word of the text, as {@code smartcn} segments it, is a word of a name, staff's synonyms included
 *       ({@code 充电宝} finds {@code 移动电源});</li>
 *   <li>most of the text's Chinese bigrams are in the Chinese name ({@value #MOST_BIGRAMS}: two must both be found,
 *       of more, three in four), or every English word, stemmed, is in the English name;</li>
 *   <li>nearly every character and word of the text is in a name ({@value #MOST_CHARACTERS}), misspelt English words
 *       forgiven (one edit from 3 letters, two from 6; the first letter must be right): {@code 智能锁} finds
 *       {@code 智能门锁}, {@code chargr} finds {@code charger};</li>
 *   <li>every word is in the descriptions or option names of one language (weakest);</li>
 *   <li>typed in pinyin, the syllables ({@code chongdianqi}) or initials ({@code cdq}) follow each other in the
 *       Chinese name's pinyin.</li>
 * </ul>
 */
final class ProductTextQuery {

    static final String MOST_BIGRAMS = "2<75%";
    static final String MOST_CHARACTERS = "3<80%";
    private static final List<String> OTHER_FIELDS = List.of("description.zh", "description.en", "optionNames.zh",
            "optionNames.en");

    private ProductTextQuery() {
    }

    static Query of(String text) {
        List<Query> ways = new ArrayList<>();
        ways.add(phrase("name.zh", text, 10));
        ways.add(phrase("name.en", text, 8));
        ways.add(Query.of(q -> q.match(m -> m.field("nameWords").query(text).operator(Operator.And).boost(6f))));
        ways.add(Query.of(q -> q.match(m -> m.field("name.zh").query(text).minimumShouldMatch(MOST_BIGRAMS).boost(3f))));
        // stems are not forgiven typos: "chargers" (stem "charger") is two edits from "charg", the stem of "charging"
        ways.add(Query.of(q -> q.match(m -> m.field("name.en").query(text).operator(Operator.And).boost(3f))));
        ways.add(Query.of(q -> q.match(m -> m.field("nameText").query(text).minimumShouldMatch(MOST_CHARACTERS)
                .fuzziness("AUTO").prefixLength(1).boost(2f))));
        ways.add(Query.of(q -> q.multiMatch(m -> m.query(text).fields(OTHER_FIELDS)
                .type(TextQueryType.CrossFields).operator(Operator.And))));
        TypedPinyin.syllables(text).forEach(syllables -> ways.add(phrase("namePinyin.full", syllables, 6)));
        TypedPinyin.initials(text).ifPresent(initials -> ways.add(phrase("namePinyin.initials", initials, 5)));
        return Query.of(q -> q.bool(b -> b.should(ways).minimumShouldMatch("1")));
    }

    /** Any character or word of the text in a name, a description or an option name: what is near, if nothing matches. */
    static Query anyOf(String text) {
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(List.of("nameText^2", "nameWords^2", "name.zh",
                "description.zh", "description.en", "optionNames.zh", "optionNames.en")).operator(Operator.Or)));
    }

    private static Query phrase(String field, String text, float boost) {
        return Query.of(q -> q.matchPhrase(m -> m.field(field).query(text).boost(boost)));
    }
}
