/**
 * Security that both applications' HTTP APIs share. Access tokens are RS256 JWTs issued by the
 * command side ({@code sub} = account id, {@code roles} = {@link io.kiosk.api.customer.Role} names);
 * both applications verify them with Spring Security's resource-server support. Each application
 * states who may call each of its endpoints in its own {@code SecurityFilterChain}, starting from
 * {@link io.kiosk.security.KioskHttpSecurity#apply}.
 */
package io.kiosk.security;
