package io.kiosk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

import java.util.Collection;

/** The shared security beans; each application adds its own filter chain with its endpoint rules. */
@AutoConfiguration
@EnableConfigurationProperties(SecurityProperties.class)
public class KioskSecurityAutoConfiguration {

    @Bean
    ProblemAuthenticationHandlers problemAuthenticationHandlers(ObjectMapper json) {
        return new ProblemAuthenticationHandlers(json);
    }

    /**
     * No Micrometer observation around each of Spring Security's filters, authentications and authorizations: with an
     * observation registry present (the actuator's), Spring Security wraps every filter of the chain in one; in the
     * benchmark's profile of a command, Micrometer's meters and those wrappers were about 7 % of the request thread's
     * samples, for timers nobody reads. Each request is still timed whole ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Expiry, not-before, our issuer, and a roles claim: a token lacking any of them is refused. */
    @Bean
    OAuth2TokenValidator<Jwt> kioskTokenValidator(SecurityProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<Collection<?>>(Caller.ROLES_CLAIM, roles -> roles != null && !roles.isEmpty()));
    }
}
