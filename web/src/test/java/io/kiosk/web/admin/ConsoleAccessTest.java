package io.kiosk.web.admin;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may open which part of the console, as the web app decides it before any API is asked (the APIs point at a
 * closed port here; they decide it again for every call, which the browser suite sees).
 */
@SpringBootTest(properties = {"kiosk.backend.command-url=http://127.0.0.1:9", "kiosk.backend.query-url=http://127.0.0.1:9"})
@AutoConfigureMockMvc
class ConsoleAccessTest {

    @Autowired
    MockMvc browser;

    @Test
    void an_anonymous_visitor_opening_the_console_logs_in_first_and_comes_back() throws Exception {
        browser.perform(get("/admin/orders")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/account/login?next=%2Fadmin%2Forders"));
    }

    @Test
    void a_customer_opening_the_console_gets_the_forbidden_page() throws Exception {
        browser.perform(get("/admin").with(as("CUSTOMER"))).andExpect(status().isForbidden());
        browser.perform(get("/admin/orders").with(as("CUSTOMER"))).andExpect(status().isForbidden());
    }

    @Test
    void an_analyst_may_open_analytics_but_not_orders_work_lists_catalogue_synonyms_operations_or_staff() throws Exception {
        for (String page : List.of("/admin/orders", "/admin/orders/5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99",
                "/admin/work-lists/to-pick", "/admin/work-lists/counts", "/admin/catalogue", "/admin/operations",
                "/admin/staff", "/admin/search")) {
            browser.perform(get(page).with(as("ANALYST"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void the_back_office_may_not_open_analytics_or_staff_accounts() throws Exception {
        browser.perform(get("/admin/analytics").with(as("BACK_OFFICE"))).andExpect(status().isForbidden());
        browser.perform(get("/admin/staff").with(as("BACK_OFFICE"))).andExpect(status().isForbidden());
    }

    @Test
    void an_analyst_s_menu_shows_only_analytics_in_chinese_first() throws Exception {
        String home = browser.perform(get("/admin").with(as("ANALYST"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("<html lang=\"zh-CN\"").contains("<title>工作台 · Kiosk 管理后台</title>")
                .contains("/css/admin.css").contains("经营分析")
                .contains("href=\"/admin/analytics\"").doesNotContain("href=\"/admin/orders\"")
                .doesNotContain("href=\"/admin/catalogue\"").doesNotContain("href=\"/admin/staff\"")
                .doesNotContain("/admin/work-lists/counts");
    }

    @Test
    void an_amount_that_is_no_number_is_said_at_its_field_before_any_api_is_asked() throws Exception {
        String search = browser.perform(get("/admin/orders").queryParam("minTotal", "abc").with(as("BACK_OFFICE")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(search).contains("请输入数字，例如 199.00。").contains("aria-invalid=\"true\"").doesNotContain("Failed to convert");
    }

    @Test
    void the_menu_follows_the_roles() {
        assertThat(ConsoleMenu.of("clerk@kiosk.test", List.of("BACK_OFFICE"), "/admin/orders").entries())
                .extracting(ConsoleMenu.Entry::href)
                .containsExactly("/admin/work-lists", "/admin/orders", "/admin/catalogue", "/admin/search", "/admin/operations");
        assertThat(ConsoleMenu.of("admin@kiosk.test", List.of("ADMIN"), "/admin").entries()).hasSize(7);
        assertThat(ConsoleMenu.of("clerk@kiosk.test", List.of("BACK_OFFICE"), "/admin/orders/42").entries())
                .filteredOn(ConsoleMenu.Entry::current).extracting(ConsoleMenu.Entry::href).containsExactly("/admin/orders");
    }

    private static RequestPostProcessor as(String role) {
        SignedIn someone = new SignedIn(UUID.randomUUID(), role.toLowerCase() + "@kiosk.test", List.of(role),
                new ApiTokens("token", Instant.now().plusSeconds(900), "refresh"));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(someone, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
