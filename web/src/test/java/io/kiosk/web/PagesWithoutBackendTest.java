package io.kiosk.web;

import io.kiosk.web.session.ApiTokens;
import io.kiosk.web.session.SignedIn;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web app's own rules, which need no API to answer: who may open which page, CSRF, languages, and the pages a
 * person sees when something is wrong, including when the APIs cannot be reached (they point at a closed port here).
 * The pages' work with the real APIs is the browser suite's (launcher, {@code io.kiosk.launcher.browser}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.backend.command-url=http://127.0.0.1:9", "kiosk.backend.query-url=http://127.0.0.1:9"})
@AutoConfigureMockMvc
class PagesWithoutBackendTest {

    @Autowired
    MockMvc browser;

    @LocalServerPort
    int port;

    @Test
    void a_customer_s_page_sends_an_anonymous_visitor_to_log_in_and_back() throws Exception {
        browser.perform(get("/account/profile")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/account/login?next=%2Faccount%2Fprofile"));
        browser.perform(get("/orders/5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99").queryParam("tab", "refunds"))
                .andExpect(redirectedUrl("/account/login?next=%2Forders%2F5f0c3c57-6a55-4a4e-9d3a-3d3f2c1b0a99%3Ftab%3Drefunds"));
    }

    @Test
    void an_htmx_request_for_a_customer_s_page_is_told_where_to_log_in_instead_of_swapping_the_login_page_in() throws Exception {
        browser.perform(get("/checkout").header("HX-Request", "true").header("HX-Current-URL", "http://localhost/cart"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/account/login?next=%2Fcart"));
    }

    @Test
    void a_signed_in_member_of_staff_is_no_customer_and_sees_the_forbidden_page() throws Exception {
        SignedIn clerk = new SignedIn(UUID.randomUUID(), "clerk@kiosk.test", List.of("BACK_OFFICE"),
                new ApiTokens("token", Instant.now().plusSeconds(900), "refresh"));
        browser.perform(get("/account/profile").with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                        clerk, null, List.of(new SimpleGrantedAuthority("ROLE_BACK_OFFICE"))))))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_search_box_offers_no_suggestions_rather_than_an_error_when_the_query_api_cannot_be_reached() throws Exception {
        String suggestions = page(browser.perform(get("/search/suggestions").queryParam("q", "chongdian").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn());
        assertThat(suggestions).doesNotContain("<li", "suggestion", "error");
        String home = page(browser.perform(get("/")).andReturn());
        assertThat(home).as("the header's box asks for them").contains("hx-get=\"/search/suggestions\"");
    }

    @Test
    void a_form_s_notice_waits_for_the_page_its_redirect_shows_while_htmx_redraws_parts_of_the_page_meanwhile() throws Exception {
        SignedIn clerk = new SignedIn(UUID.randomUUID(), "clerk@kiosk.test", List.of("BACK_OFFICE"),
                new ApiTokens("token", Instant.now().plusSeconds(900), "refresh"));
        var staff = authentication(UsernamePasswordAuthenticationToken.authenticated(
                clerk, null, List.of(new SimpleGrantedAuthority("ROLE_BACK_OFFICE"))));
        Cookie session = browser.perform(post("/admin/operations/dead-letters/order-tracking/1/discard").param("reason", " ")
                        .with(csrf()).with(staff))
                .andExpect(redirectedUrl("/admin/operations#dead-letters")).andReturn().getResponse().getCookie("KIOSK_SESSION");
        assertThat(session).as("the session, in PostgreSQL, named by its cookie").isNotNull();

        MvcResult part = browser.perform(get("/admin/operations").header("HX-Request", "true").with(staff).cookie(session))
                .andReturn();
        assertThat(RequestContextUtils.getInputFlashMap(part.getRequest())).as("a part htmx fetched meanwhile").isNull();
        MvcResult redirected = browser.perform(get("/admin/operations").with(staff).cookie(session)).andReturn();
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(redirected.getRequest());
        assertThat(flash).as("the page the redirect shows").isNotNull();
        assertThat(flash.get("notice")).isEqualTo("admin.operations.dead-letters.reason-needed");
    }

    @Test
    void a_form_posted_without_the_session_s_csrf_token_is_refused() throws Exception {
        browser.perform(post("/account/login").param("email", "mia@example.com").param("password", "a long secret phrase"))
                .andExpect(status().isForbidden());
        browser.perform(post("/account/logout")).andExpect(status().isForbidden());
    }

    @Test
    void pages_are_chinese_first_english_by_accept_language_and_the_switch_is_remembered() throws Exception {
        String chinese = page(browser.perform(get("/account/login")).andExpect(status().isOk()).andReturn());
        assertThat(chinese).contains("<html lang=\"zh-CN\"").contains("<h1>登录</h1>").contains("hreflang=\"en\"");

        String english = page(browser.perform(get("/account/login").header("Accept-Language", "en-US,en;q=0.9")).andReturn());
        assertThat(english).contains("<html lang=\"en\"").contains("<h1>Log in</h1>");

        MvcResult switched = browser.perform(get("/account/login").queryParam("next", "/cart").queryParam("lang", "en")
                .header("Accept-Language", "zh-CN")).andReturn();
        assertThat(page(switched)).contains("<h1>Log in</h1>").as("the switch keeps the page")
                .contains("href=\"/account/login?next=/cart&amp;lang=zh-CN\"");
        Cookie chosen = switched.getResponse().getCookie("kiosk-lang");
        assertThat(chosen).isNotNull();
        assertThat(page(browser.perform(get("/account/login").cookie(chosen).header("Accept-Language", "zh-CN")).andReturn()))
                .as("remembered over the browser's language").contains("<h1>Log in</h1>");
    }

    @Test
    void every_form_carries_the_csrf_token_and_htmx_sends_it_as_a_header() throws Exception {
        String login = page(browser.perform(get("/account/login")).andReturn());
        assertThat(login).containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
        assertThat(login).containsPattern("<body hx-headers=\"\\{&quot;X-CSRF-TOKEN&quot;:&quot;[^&]+&quot;\\}\"");
    }

    /** Error pages are rendered by the servlet container's error dispatch, which only a real server does. */
    @Test
    void an_address_that_is_no_page_answers_the_not_found_page_never_json() throws Exception {
        HttpResponse<String> missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/no/such/page")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(missing.body()).contains("页面不存在").doesNotContain("Whitelabel").doesNotContain("\"status\":");
    }

    @Test
    void when_the_apis_cannot_be_reached_the_page_says_so_and_that_the_cart_is_safe() throws Exception {
        String home = page(browser.perform(get("/")).andExpect(status().isServiceUnavailable()).andReturn());
        assertThat(home).contains("服务暂时不可用").contains("购物车").doesNotContain("Exception").doesNotContain("127.0.0.1");

        String login = page(browser.perform(post("/account/login").with(csrf())
                .param("email", "mia@example.com").param("password", "a long secret phrase"))
                .andExpect(status().isServiceUnavailable()).andReturn());
        assertThat(login).contains("服务暂时不可用");
    }

    @Test
    void browser_assets_come_from_webjars_and_the_pages_allow_no_inline_script() throws Exception {
        browser.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        browser.perform(get("/webjars/htmx-ext-sse/sse.js")).andExpect(status().isOk());
        browser.perform(get("/css/kiosk.css")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=3600"));
        browser.perform(get("/js/kiosk.js")).andExpect(status().isOk());
        browser.perform(get("/images/logo.svg")).andExpect(status().isOk());
        browser.perform(get("/account/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    private static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
