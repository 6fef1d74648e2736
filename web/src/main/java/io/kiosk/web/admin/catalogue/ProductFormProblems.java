package io.kiosk.web.admin.catalogue;

import io.kiosk.web.problems.ApiProblem;
import io.kiosk.web.problems.FormProblems;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

import java.util.List;
import java.util.Set;

/**
 * Puts the command API's refusal of a product definition on the product form. The API names the field as deep as its
 * checks go ({@code definition.optionGroups[0].choices[1].requires[0]}, or a whole choice when a rule between its
 * fields is broken); the form shows messages at its inputs and at each group and choice, so a fault is moved up to the
 * nearest of those, and anything else becomes the form's own error at its top.
 */
final class ProductFormProblems {

    /** The form's parts that show a message of their own besides its inputs. */
    private static final Set<Class<?>> SHOWN_WHOLE = Set.of(OptionGroupForm.class, OptionChoiceForm.class);

    private ProductFormProblems() {
    }

    static void reject(ApiProblem problem, ProductForm form, BindingResult result) {
        BeanWrapper fields = PropertyAccessorFactory.forBeanPropertyAccess(form);
        List<ApiProblem.FieldFault> faults = problem.fieldFaults().stream()
                .map(fault -> new ApiProblem.FieldFault(shownField(fields, fault.field()), fault.message(), fault.conflicting()))
                .toList();
        FormProblems.reject(new ApiProblem(problem.status(), problem.type(), problem.detail(), null, faults, problem.conflicting(),
                problem.allowed(), problem.currentUnitPrice()), result);
    }

    /** The field itself, or the nearest part above it that shows a message; null when none does. */
    static String shownField(BeanWrapper fields, String field) {
        String path = field;
        while (path != null && !path.isEmpty()) {
            if (fields.isReadableProperty(path)) {
                Class<?> type = fields.getPropertyType(path);
                if (type == String.class || type == boolean.class || (type != null && SHOWN_WHOLE.contains(type))) {
                    return path;
                }
            }
            path = parent(path);
        }
        return null;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
