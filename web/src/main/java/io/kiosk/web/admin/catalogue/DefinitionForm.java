package io.kiosk.web.admin.catalogue;

import java.util.ArrayList;
import java.util.List;

/** A product's definition as the form holds it, shaped like the API's ProductDefinition so that a refusal's field ({@code definition.optionGroups[0].choices[1].leadDays}) names a field of the form. A JavaBean for binding. */
public class DefinitionForm {

    private TextForm name = new TextForm();
    private TextForm description = new TextForm();
    private String category = "";
    private MoneyForm basePrice = new MoneyForm();
    private List<String> images = new ArrayList<>();
    private List<OptionGroupForm> optionGroups = new ArrayList<>();

    public TextForm getName() {
        return name;
    }

    public void setName(TextForm name) {
        this.name = name;
    }

    public TextForm getDescription() {
        return description;
    }

    public void setDescription(TextForm description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public MoneyForm getBasePrice() {
        return basePrice;
    }

    public void setBasePrice(MoneyForm basePrice) {
        this.basePrice = basePrice;
    }

    public List<String> getImages() {
        return images;
    }

    public void setImages(List<String> images) {
        this.images = images;
    }

    public List<OptionGroupForm> getOptionGroups() {
        return optionGroups;
    }

    public void setOptionGroups(List<OptionGroupForm> optionGroups) {
        this.optionGroups = optionGroups;
    }

}
