package io.kiosk.web.problems;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ApiProblemTest {

    @Test
    void a_changed_price_names_the_price_now() {
        ApiProblem problem = ApiProblem.read(409, """
                {"type":"/problems/price-changed","title":"The request breaks a business rule","status":409,
                 "detail":"the unit price is now 287.90 CNY, not 267.90 CNY","field":"unitPrice",
                 "currentUnitPrice":{"amount":"287.90","currency":"CNY"}}""", "409");

        assertThat(problem.is("price-changed")).isTrue();
        assertThat(problem.currentUnitPrice()).contains(new ApiProblem.Price(new BigDecimal("287.90"), "CNY"));
        assertThat(problem.fieldFaults()).containsExactly(new ApiProblem.FieldFault("unitPrice",
                "the unit price is now 287.90 CNY, not 267.90 CNY"));
        assertThat(problem.isOurFault()).isFalse();
    }

    @Test
    void an_impossible_configuration_names_the_conflicting_choices_and_every_rule_broken() {
        ApiProblem problem = ApiProblem.read(422, """
                {"type":"/problems/invalid-configuration","status":422,"detail":"functions=wireless requires size=L",
                 "field":"options.size","conflicting":["functions=wireless","size=L"],
                 "errors":[{"field":"options.size","message":"functions=wireless requires size=L",
                            "conflicting":["functions=wireless","size=L"]}]}""", "422");

        assertThat(problem.type()).isEqualTo("invalid-configuration");
        assertThat(problem.conflicting()).containsExactly("functions=wireless", "size=L");
        assertThat(problem.fieldFaults()).extracting(ApiProblem.FieldFault::field).containsExactly("options.size");
    }

    @Test
    void an_answer_without_problem_details_and_an_api_out_of_reach_are_read_too() {
        ApiProblem bare = ApiProblem.read(502, "<html>Bad gateway</html>", "502 from the proxy");
        assertThat(bare.type()).isEqualTo("http-502");
        assertThat(bare.isOurFault()).isTrue();

        ApiProblem unreachable = ApiProblem.read(0, null, "Connection refused");
        assertThat(unreachable.type()).isEqualTo("unreachable");
        assertThat(unreachable.isOurFault()).isTrue();
        assertThat(unreachable.fieldFaults()).isEmpty();
    }
}
