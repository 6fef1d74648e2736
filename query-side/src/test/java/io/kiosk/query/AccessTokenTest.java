package io.kiosk.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.api.order.OrderId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Access tokens as the query side checks them: signed by the command side's published key, from
 * our issuer, in date, with roles. Every other token is a 401 problem that does not say why.
 */
class AccessTokenTest extends QuerySideHttpTest {

    private static final CustomerId CUSTOMER = CustomerId.random();
    private static final OrderId ORDER = OrderId.random();
    private static final String ORDER_PATH = "/api/orders/" + ORDER;
    private static boolean recorded;

    @Autowired
    private ApplicationContext application;

    @BeforeEach
    void theCustomerPlacedAnOrder() {
        if (!recorded) {
            history.record(ExampleEvents.ORDER, ORDER, ExampleEvents.orderPlaced(ORDER, CUSTOMER));
            recorded = true;
        }
        eventually(ORDER_PATH, identity.accessToken(CUSTOMER, Role.CUSTOMER), 200);
    }

    @Test
    void a_token_signed_with_the_published_key_opens_the_customers_own_order() {
        var answer = http.get(ORDER_PATH, identity.accessToken(CUSTOMER, Role.CUSTOMER));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.field("orderId")).isEqualTo(ORDER.toString());
        assertThat(identity.keySetRequests()).as("the key set was fetched from the command side over HTTP").isPositive();
    }

    @Test
    void a_token_signed_with_a_previous_key_still_published_opens_the_order_by_its_key_id() throws Exception {
        String beforeRotation = identity.signWithPreviousKey(identity.claims(CUSTOMER, Role.CUSTOMER).build());

        assertThat(com.nimbusds.jwt.SignedJWT.parse(beforeRotation).getHeader().getKeyID()).isNotEqualTo(identity.keyId());
        assertThat(http.get(ORDER_PATH, beforeRotation).status()).isEqualTo(200);
    }

    @Test
    void the_query_side_starts_before_the_command_side_publishes_its_keys() {
        Instant applicationStarted = Instant.ofEpochMilli(application.getStartupDate());

        assertThat(identity.publishedSince()).isAfter(applicationStarted);
    }

    @Test
    void made_up_key_ids_do_not_make_the_query_side_fetch_the_key_set_for_every_request() {
        int fetchedBefore = identity.keySetRequests();

        for (int attempt = 0; attempt < 10; attempt++) {
            String forged = IdentityStandIn.signWith(IdentityStandIn.newKey(), identity.claims(CUSTOMER, Role.ADMIN).build());
            assertThat(http.get(ORDER_PATH, forged).status()).isEqualTo(401);
        }

        assertThat(identity.keySetRequests() - fetchedBefore).as("key set fetches for 10 forged tokens").isLessThanOrEqualTo(2);
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                refused("an expired token", keys -> keys.sign(keys.claims(CUSTOMER, Role.CUSTOMER)
                        .issuedAt(Instant.now().minus(Duration.ofMinutes(20)))
                        .notBefore(Instant.now().minus(Duration.ofMinutes(20)))
                        .expiresAt(Instant.now().minus(Duration.ofMinutes(5))).build())),
                refused("a token not valid before tomorrow", keys -> keys.sign(keys.claims(CUSTOMER, Role.CUSTOMER)
                        .notBefore(Instant.now().plus(Duration.ofDays(1)))
                        .expiresAt(Instant.now().plus(Duration.ofDays(2))).build())),
                refused("a token whose payload was changed to say ADMIN", keys ->
                        withPayloadChanged(keys.accessToken(CUSTOMER, Role.CUSTOMER), payload -> payload.putArray("roles").add("ADMIN"))),
                refused("a token whose payload was changed to name another account", keys ->
                        withPayloadChanged(keys.accessToken(CustomerId.random(), Role.CUSTOMER),
                                payload -> payload.put("sub", CUSTOMER.toString()))),
                refused("a token signed by another key that claims the published key's id", keys ->
                        IdentityStandIn.signWith(IdentityStandIn.newKey(keys.keyId()), keys.claims(CUSTOMER, Role.CUSTOMER).build())),
                refused("a token signed by another key with a key id of its own", keys ->
                        IdentityStandIn.signWith(IdentityStandIn.newKey(), keys.claims(CUSTOMER, Role.CUSTOMER).build())),
                refused("an unsigned token (alg none)", keys -> unsigned(keys.claims(CUSTOMER, Role.CUSTOMER).build())),
                refused("a token from another issuer", keys -> keys.sign(keys.claims(CUSTOMER, Role.CUSTOMER)
                        .issuer("https://issuer.example.com").build())),
                refused("a token without an issuer", keys -> keys.sign(keys.claims(CUSTOMER, Role.CUSTOMER)
                        .claims(claims -> claims.remove("iss")).build())),
                refused("a token without roles", keys -> keys.sign(keys.claims(CUSTOMER, Role.CUSTOMER)
                        .claims(claims -> claims.remove("roles")).build())),
                refused("a token with an empty list of roles", keys -> keys.sign(keys.claims(CUSTOMER).build())),
                refused("something that is not a token at all", keys -> "let-me-in"));
    }

    @ParameterizedTest(name = "{0} is refused with 401")
    @MethodSource("refusedTokens")
    void a_token_that_fails_any_check_is_refused_with_a_401_problem_that_does_not_say_why(
            String description, Function<IdentityStandIn, String> token) {
        var answer = http.get(ORDER_PATH, token.apply(identity));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field("type")).isEqualTo("/problems/unauthorized");
        assertThat(answer.field("detail")).isEqualTo("a valid access token is required (Authorization: Bearer ...)");
        assertThat(answer.headers().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(answer.body().has("customerId")).isFalse();
        assertThat(answer.text()).doesNotContain("ks-charger-pro");
    }

    private static Arguments refused(String description, Function<IdentityStandIn, String> token) {
        return arguments(description, token);
    }

    /** Rewrites the payload of a signed token and keeps its signature, as an attacker would. */
    private static String withPayloadChanged(String token, Consumer<ObjectNode> change) {
        String[] parts = token.split("\\.");
        ObjectNode payload = readJson(Base64.getUrlDecoder().decode(parts[1]));
        change.accept(payload);
        return parts[0] + "." + base64(payload.toString()) + "." + parts[2];
    }

    private static String unsigned(JwtClaimsSet claims) {
        Map<String, Object> payload = new LinkedHashMap<>();
        claims.getClaims().forEach((name, value) -> payload.put(name, value instanceof Instant at ? at.getEpochSecond() : value));
        try {
            return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(new ObjectMapper().writeValueAsString(payload)) + ".";
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static ObjectNode readJson(byte[] json) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(json);
        } catch (IOException corrupt) {
            throw new UncheckedIOException(corrupt);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
