package io.kiosk.web.problems;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FormProblemsTest {

    @Test
    void a_fault_of_a_field_the_form_has_is_shown_at_that_field_in_the_bundle_s_words_or_the_api_s() {
        BindingResult form = new BeanPropertyBindingResult(new Registration(), "registerForm");
        ApiProblem tooShort = new ApiProblem(400, "/problems/invalid-request", "password: must have at least 10 characters",
                "password", List.of(new ApiProblem.FieldFault("password", "must have at least 10 characters")),
                null, null, Optional.empty());

        FormProblems.reject(tooShort, form);

        assertThat(form.getFieldError("password")).isNotNull();
        assertThat(form.getFieldError("password").getCodes()).contains("problem.invalid-request.registerForm.password",
                "problem.invalid-request.password");
        assertThat(form.getFieldError("password").getDefaultMessage()).isEqualTo("must have at least 10 characters");
        assertThat(form.getGlobalErrors()).isEmpty();
    }

    @Test
    void a_refusal_about_no_field_of_the_form_is_the_form_s_own_error() {
        BindingResult form = new BeanPropertyBindingResult(new Registration(), "loginForm");
        ApiProblem locked = new ApiProblem(429, "/problems/login-locked", "too many failed logins; try again in 15 minutes",
                null, null, null, null, Optional.empty());

        FormProblems.reject(locked, form);

        assertThat(form.getFieldErrors()).isEmpty();
        assertThat(form.getGlobalError().getCode()).isEqualTo("problem.login-locked");
        assertThat(form.getGlobalError().getArguments()).containsExactly("too many failed logins; try again in 15 minutes");
    }

    /** A form as pages write them: a JavaBean. */
    public static class Registration {

        private String email;
        private String password;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }
}
