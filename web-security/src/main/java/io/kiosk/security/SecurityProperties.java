package io.kiosk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * @param issuer         the {@code iss} every access token must carry
 * @param allowedOrigins the browser origins allowed to call the APIs (CORS); none by default
 */
@ConfigurationProperties("kiosk.security")
public record SecurityProperties(String issuer, List<String> allowedOrigins) {

    public SecurityProperties {
        issuer = issuer == null || issuer.isBlank() ? "kiosk" : issuer;
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
