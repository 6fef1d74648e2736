package io.kiosk.web.problems;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

/**
 * Puts an API's refusal on the form it came from, so that the page shows each message next to the field at fault:
 * a fault of a field the form has becomes that field's error, anything else the form's own error at its top.
 *
 * <p>Messages come from the bundles when they have one, else the API's own words: the codes are
 * {@code problem.<type>.<field>} (and Spring's longer variants, such as {@code problem.<type>.<form>.<field>}) for a
 * field and {@code problem.<type>} for the form, with the API's detail as argument {@code {0}}; so
 * {@code problem.invalid-request.password=密码至少需要 10 个字符} words one field, and a missing key shows the API's
 * message. Form objects are JavaBeans (getters and setters), as Spring's binding and {@code th:field} want them.
 */
public final class FormProblems {

    private FormProblems() {
    }

    /** Records {@code problem} on {@code form}; returns the form for chaining. */
    public static BindingResult reject(ApiProblem problem, BindingResult form) {
        String code = "problem." + problem.type();
        Object[] arguments = {problem.detail()};
        var fields = PropertyAccessorFactory.forBeanPropertyAccess(form.getTarget());
        boolean onAField = false;
        for (ApiProblem.FieldFault fault : problem.fieldFaults()) {
            if (fault.field() != null && fields.isReadableProperty(fault.field())) {
                form.rejectValue(fault.field(), code, new Object[]{fault.message()}, fault.message());
                onAField = true;
            }
        }
        if (!onAField) {
            form.reject(code, arguments, problem.detail());
        }
        return form;
    }
}
