package io.kiosk.web.admin.catalogue;

import java.util.ArrayList;
import java.util.List;

/** One option group as the form holds it, with its choices. Field names follow the API's, so that its refusals land on them. A JavaBean for binding. */
public class OptionGroupForm {

    private String id = "";
    private TextForm name = new TextForm();
    private String kind = "SINGLE";
    private boolean required = true;
    private boolean stockRelevant = false;
    private String maxLength = "0";
    private List<OptionChoiceForm> choices = new ArrayList<>();

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public TextForm getName() {
        return name;
    }

    public void setName(TextForm name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean getRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public boolean getStockRelevant() {
        return stockRelevant;
    }

    public void setStockRelevant(boolean stockRelevant) {
        this.stockRelevant = stockRelevant;
    }

    public String getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(String maxLength) {
        this.maxLength = maxLength;
    }

    public List<OptionChoiceForm> getChoices() {
        return choices;
    }

    public void setChoices(List<OptionChoiceForm> choices) {
        this.choices = choices;
    }

}
