package io.kiosk.web.admin.search;

import java.util.Arrays;
import java.util.List;

/**
 * A synonym set as staff type it: an optional id for a new set, and the words in one line, separated by commas
 * ({@code 充电宝, 移动电源, power bank}; Chinese commas and 、 too, since a word can hold none of them). A JavaBean for
 * binding.
 */
public class SynonymForm {

    private String id = "";
    private String terms = "";

    /** The words, each stripped, the empty ones left out. */
    List<String> words() {
        return Arrays.stream(terms.split("[,，、;；\\n]")).map(String::strip).filter(word -> !word.isEmpty()).toList();
    }

    /** The id, or null to let the API make one. */
    String idOrNull() {
        return id.isBlank() ? null : id.strip();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? "" : id;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms == null ? "" : terms;
    }
}
