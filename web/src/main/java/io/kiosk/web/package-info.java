/**
 * Kiosk's web app: the storefront customers use on the mall's kiosks and their phones, rendered on the server with
 * Thymeleaf and made instant with htmx. It knows the rest of Kiosk only through the command and query APIs, over HTTP,
 * with the client generated from the committed OpenAPI descriptions ({@code io.kiosk.client}).
 *
 * <p>Shared parts every page uses: {@code backend} (the API clients, carrying the signed-in customer's access token),
 * {@code session} (the tokens in the server-side session, refreshed when they expire), {@code security} (who may open
 * which page, CSRF), {@code i18n} (languages, money and dates), {@code problems} (API refusals as messages next to a
 * field or as a friendly page). Pages live in one package per area: {@code catalogue}, {@code cart}, {@code account}...
 */
package io.kiosk.web;
