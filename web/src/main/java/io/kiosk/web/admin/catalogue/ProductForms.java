package io.kiosk.web.admin.catalogue;

import io.kiosk.client.command.model.LocalizedText;
import io.kiosk.client.command.model.Money;
import io.kiosk.client.command.model.OptionChoice;
import io.kiosk.client.command.model.OptionGroup;
import io.kiosk.client.command.model.PriceDelta;
import io.kiosk.client.command.model.PriceDeltaKind;
import io.kiosk.client.command.model.ProductDefinition;
import io.kiosk.client.command.model.SelectionKind;
import org.springframework.validation.BindingResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Between the product form and the API's product definition: fills a form from a stored definition, and makes the
 * definition to send from a filled form. Only what a form cannot hand over as typed (a number that is no number, a
 * kind that is none) is refused here, at its field; every rule of the catalogue itself is the API's to check, and its
 * refusals come back to the same fields.
 */
final class ProductForms {

    static final int IMAGE_FIELDS = 3;

    private ProductForms() {
    }

    /** A new product's form: one option group with one choice to start from. */
    static ProductForm blank() {
        ProductForm form = new ProductForm();
        form.getDefinition().getOptionGroups().add(blankGroup());
        padImages(form);
        return form;
    }

    static OptionGroupForm blankGroup() {
        OptionGroupForm group = new OptionGroupForm();
        group.getChoices().add(new OptionChoiceForm());
        return group;
    }

    /** The form of a stored product, to revise it. */
    static ProductForm of(String productId, io.kiosk.client.query.model.ProductDefinition stored) {
        ProductForm form = new ProductForm();
        form.setProductId(productId);
        form.setExisting(true);
        DefinitionForm definition = form.getDefinition();
        definition.setName(text(stored.getName()));
        definition.setDescription(text(stored.getDescription()));
        definition.setCategory(stored.getCategory());
        definition.getBasePrice().setAmount(stored.getBasePrice().getAmount().toPlainString());
        definition.getBasePrice().setCurrency(stored.getBasePrice().getCurrency());
        definition.setImages(new ArrayList<>(stored.getImages()));
        for (io.kiosk.client.query.model.OptionGroup storedGroup : stored.getOptionGroups()) {
            OptionGroupForm group = new OptionGroupForm();
            group.setId(storedGroup.getId());
            group.setName(text(storedGroup.getName()));
            group.setKind(storedGroup.getKind().getValue());
            group.setRequired(Boolean.TRUE.equals(storedGroup.getRequired()));
            group.setStockRelevant(Boolean.TRUE.equals(storedGroup.getStockRelevant()));
            group.setMaxLength(String.valueOf(storedGroup.getMaxLength()));
            for (io.kiosk.client.query.model.OptionChoice storedChoice : storedGroup.getChoices()) {
                OptionChoiceForm choice = new OptionChoiceForm();
                choice.setId(storedChoice.getId());
                choice.setName(text(storedChoice.getName()));
                choice.getPriceDelta().setKind(storedChoice.getPriceDelta().getKind().getValue());
                choice.getPriceDelta().setValue(storedChoice.getPriceDelta().getValue().toPlainString());
                choice.setLeadDays(String.valueOf(storedChoice.getLeadDays()));
                choice.setRequires(String.join(", ", storedChoice.getRequires()));
                choice.setExcludes(String.join(", ", storedChoice.getExcludes()));
                group.getChoices().add(choice);
            }
            definition.getOptionGroups().add(group);
        }
        padImages(form);
        return form;
    }

    /** Leaves room for a few image addresses; blank ones are not sent. */
    static void padImages(ProductForm form) {
        List<String> images = form.getDefinition().getImages();
        images.removeIf(image -> image == null || image.isBlank());
        while (images.size() < IMAGE_FIELDS) {
            images.add("");
        }
    }

    /** The definition the form describes; what cannot be read is put on {@code result} at its field (and null is sent). */
    static ProductDefinition definition(ProductForm form, BindingResult result) {
        DefinitionForm typed = form.getDefinition();
        List<OptionGroup> groups = new ArrayList<>();
        for (int g = 0; g < typed.getOptionGroups().size(); g++) {
            OptionGroupForm group = typed.getOptionGroups().get(g);
            String groupPath = "definition.optionGroups[" + g + "].";
            List<OptionChoice> choices = new ArrayList<>();
            for (int c = 0; c < group.getChoices().size(); c++) {
                OptionChoiceForm choice = group.getChoices().get(c);
                String choicePath = groupPath + "choices[" + c + "].";
                choices.add(new OptionChoice().id(choice.getId().strip()).name(text(choice.getName()))
                        .priceDelta(new PriceDelta()
                                .kind(read(choice.getPriceDelta().getKind(), PriceDeltaKind::fromValue, choicePath + "priceDelta.kind", result))
                                .value(decimal(choice.getPriceDelta().getValue(), choicePath + "priceDelta.value", result)))
                        .leadDays(whole(choice.getLeadDays(), choicePath + "leadDays", result))
                        .requires(references(choice.getRequires()))
                        .excludes(references(choice.getExcludes())));
            }
            groups.add(new OptionGroup().id(group.getId().strip()).name(text(group.getName()))
                    .kind(read(group.getKind(), SelectionKind::fromValue, groupPath + "kind", result))
                    .required(group.getRequired()).stockRelevant(group.getStockRelevant())
                    .maxLength(whole(group.getMaxLength(), groupPath + "maxLength", result))
                    .choices(choices));
        }
        return new ProductDefinition()
                .name(text(typed.getName()))
                .description(text(typed.getDescription()))
                .category(typed.getCategory().strip())
                .basePrice(new Money().amount(decimal(typed.getBasePrice().getAmount(), "definition.basePrice.amount", result))
                        .currency(typed.getBasePrice().getCurrency().strip()))
                .images(typed.getImages().stream().filter(image -> image != null && !image.isBlank()).map(String::strip).toList())
                .optionGroups(groups);
    }

    /** {@code colour=graphite, size=L} (commas or spaces between) as the API's list of choice references. */
    static List<String> references(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,，\\s]+")).filter(ref -> !ref.isBlank()).toList();
    }

    private static LocalizedText text(TextForm text) {
        return new LocalizedText().zh(text.getZh().strip()).en(text.getEn().strip());
    }

    private static TextForm text(io.kiosk.client.query.model.LocalizedText stored) {
        TextForm text = new TextForm();
        text.setZh(stored.getZh());
        text.setEn(stored.getEn());
        return text;
    }

    private static BigDecimal decimal(String typed, String field, BindingResult result) {
        try {
            return new BigDecimal(typed.strip());
        } catch (NumberFormatException | NullPointerException notANumber) {
            result.rejectValue(field, "admin.catalogue.not-a-number");
            return null;
        }
    }

    private static Integer whole(String typed, String field, BindingResult result) {
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException | NullPointerException notANumber) {
            result.rejectValue(field, "admin.catalogue.not-a-whole-number");
            return null;
        }
    }

    private static <T> T read(String typed, Function<String, T> parse, String field, BindingResult result) {
        try {
            return parse.apply(typed);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            result.rejectValue(field, "admin.catalogue.choose");
            return null;
        }
    }
}
