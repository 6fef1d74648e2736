package io.kiosk.web.admin.catalogue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class ProductFormsTest {

    @Test
    void a_refusal_deep_in_a_rule_lands_on_its_input_and_one_about_a_whole_choice_on_the_choice() {
        ProductForm form = ProductForms.blank();
        var fields = PropertyAccessorFactory.forBeanPropertyAccess(form);

        assertThat(ProductFormProblems.shownField(fields, "definition.optionGroups[0].choices[0].requires[0]"))
                .isEqualTo("definition.optionGroups[0].choices[0].requires");
        assertThat(ProductFormProblems.shownField(fields, "definition.optionGroups[0].choices[0]"))
                .isEqualTo("definition.optionGroups[0].choices[0]");
        assertThat(ProductFormProblems.shownField(fields, "definition.basePrice.amount")).isEqualTo("definition.basePrice.amount");
        assertThat(ProductFormProblems.shownField(fields, "definition")).as("the form's own error").isNull();
        assertThat(ProductFormProblems.shownField(fields, "definition.optionGroups[3].choices[0]")).isNull();
    }

    @Test
    void typed_rules_and_numbers_become_the_apis_lists_and_numbers_and_a_word_for_a_number_is_refused_at_its_field() {
        ProductForm form = ProductForms.blank();
        OptionChoiceForm choice = form.getDefinition().getOptionGroups().get(0).getChoices().get(0);
        choice.setRequires("size=L， colour=black  size=XL");
        choice.setLeadDays("two");
        form.getDefinition().getBasePrice().setAmount("199.00");
        var result = new BeanPropertyBindingResult(form, "productForm");

        var definition = ProductForms.definition(form, result);

        assertThat(definition.getOptionGroups().get(0).getChoices().get(0).getRequires()).containsExactly("size=L", "colour=black", "size=XL");
        assertThat(definition.getBasePrice().getAmount()).isEqualByComparingTo("199.00");
        assertThat(result.getFieldError("definition.optionGroups[0].choices[0].leadDays")).isNotNull();
        assertThat(result.getErrorCount()).isOne();
    }
}
