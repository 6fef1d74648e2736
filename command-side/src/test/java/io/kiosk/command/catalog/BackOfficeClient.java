package io.kiosk.command.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kiosk.api.catalog.ProductDefinition;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.Role;
import io.kiosk.command.HttpClientForTests;
import io.kiosk.command.HttpClientForTests.Answer;
import io.kiosk.command.TestTokens;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** A back-office employee at work on the catalogue over HTTP, for tests. */
public final class BackOfficeClient {

    private final HttpClientForTests http;
    private final ObjectMapper json;

    public BackOfficeClient(String baseUrl, JwtEncoder encoder, ObjectMapper json) {
        this.http = new HttpClientForTests(baseUrl)
                .as(new TestTokens(encoder).forAccount(CustomerId.random(), Role.BACK_OFFICE));
        this.json = json;
    }

    public HttpClientForTests http() {
        return http;
    }

    /** The body of "define a product", as the application's JSON writes the definition. */
    public ObjectNode newProduct(String productId, ProductDefinition definition) {
        ObjectNode body = json.createObjectNode();
        body.put("productId", productId);
        body.set("definition", json.valueToTree(definition));
        return body;
    }

    public Answer define(String productId, ProductDefinition definition) {
        return http.send(POST, "/api/products", newProduct(productId, definition).toString());
    }

    public Answer revise(String productId, ProductDefinition definition) {
        ObjectNode body = json.createObjectNode();
        body.set("definition", json.valueToTree(definition));
        return http.send(PUT, "/api/products/" + productId, body.toString());
    }

    public Answer publish(String productId) {
        return http.send(POST, "/api/products/" + productId + "/publication", null);
    }

    public Answer withdraw(String productId) {
        return http.send(DELETE, "/api/products/" + productId + "/publication", null);
    }

    /** Defines and publishes a product, so customers can put it in their carts. */
    public void offer(String productId, ProductDefinition definition) {
        assertThat(define(productId, definition).status()).isEqualTo(201);
        assertThat(publish(productId).status()).isEqualTo(200);
    }
}
