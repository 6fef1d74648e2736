package io.kiosk.web.admin.search;

import io.kiosk.client.query.ApiException;
import io.kiosk.web.problems.ApiProblem;
import org.springframework.validation.BindingResult;

/**
 * A refusal of the synonym API put on the form it came from: whatever is about the words ({@code terms},
 * {@code terms[2]}, a word another set has) at the words, a taken id at the id. What is no refusal of the change (the
 * API failing, the login having ended, a role that may not do it) is thrown on, for the error pages.
 */
final class SynonymRefusals {

    private SynonymRefusals() {
    }

    static void reject(ApiException refused, BindingResult form) throws ApiException {
        ApiProblem problem = ApiProblem.of(refused);
        if (problem.isOurFault() || problem.status() == 401 || problem.status() == 403 || problem.status() == 404) {
            throw refused;
        }
        String code = "problem." + problem.type();
        if (problem.is("synonym-set-exists")) {
            form.rejectValue("id", code, new Object[]{problem.detail()}, problem.detail());
            return;
        }
        if (problem.fieldFaults().isEmpty() || problem.is("synonym-term-taken")) {
            form.rejectValue("terms", code, new Object[]{problem.detail()}, problem.detail());
            return;
        }
        for (ApiProblem.FieldFault fault : problem.fieldFaults()) {
            String field = "id".equals(fault.field()) ? "id" : "terms";
            form.rejectValue(field, code + "." + field, new Object[]{fault.message()}, fault.message());
        }
    }
}
