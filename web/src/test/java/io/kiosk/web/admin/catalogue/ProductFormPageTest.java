package io.kiosk.web.admin.catalogue;

import io.kiosk.web.session.ApiTokens;
import io.kiosk.web.session.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The product form as the web app draws it before any API is asked (the APIs point at a closed port here): fields named
 * by their path in the API's definition and labelled, and the buttons that add a group or a choice without saving.
 */
@SpringBootTest(properties = {"kiosk.backend.command-url=http://127.0.0.1:9", "kiosk.backend.query-url=http://127.0.0.1:9"})
@AutoConfigureMockMvc
class ProductFormPageTest {

    @Autowired
    MockMvc browser;

    @Test
    void a_new_product_s_form_has_a_labelled_field_for_every_part_of_the_definition() throws Exception {
        String page = browser.perform(get("/admin/catalogue/new").with(clerk())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("name=\"definition.optionGroups[0].choices[0].requires\"",
                "for=\"definition.optionGroups[0].choices[0].requires\"", "id=\"definition.optionGroups[0].choices[0].requires\"",
                "name=\"definition.basePrice.amount\"", "name=\"definition.optionGroups[0].stockRelevant\"");
    }

    @Test
    void adding_a_choice_shows_the_form_again_with_it_and_what_was_typed() throws Exception {
        String page = browser.perform(post("/admin/catalogue/form").with(clerk()).with(csrf())
                        .param("productId", "ks-lamp").param("definition.optionGroups[0].id", "colour")
                        .param("definition.optionGroups[0].choices[0].id", "white").param("change", "add-choice-0"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("name=\"definition.optionGroups[0].choices[1].id\"", "value=\"white\"", "value=\"ks-lamp\"");
    }

    private static RequestPostProcessor clerk() {
        SignedIn someone = new SignedIn(UUID.randomUUID(), "clerk@kiosk.test", List.of("BACK_OFFICE"),
                new ApiTokens("token", Instant.now().plusSeconds(900), "refresh"));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(someone, null,
                List.of(new SimpleGrantedAuthority("ROLE_BACK_OFFICE"))));
    }
}
