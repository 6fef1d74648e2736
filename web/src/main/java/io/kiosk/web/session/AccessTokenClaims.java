package io.kiosk.web.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * What the web app reads from an access token: whose it is ({@code sub}) and their roles. The token comes straight from
 * the command API over this app's own connection and goes back only to the APIs, which verify it; so the web app reads
 * its claims without checking the signature itself.
 */
record AccessTokenClaims(UUID subject, List<String> roles) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static AccessTokenClaims of(String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWT");
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            List<String> roles = new ArrayList<>();
            claims.path("roles").forEach(role -> roles.add(role.asText()));
            return new AccessTokenClaims(UUID.fromString(claims.path("sub").asText()), List.copyOf(roles));
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new IllegalArgumentException("an access token without a readable subject", unreadable);
        }
    }
}
