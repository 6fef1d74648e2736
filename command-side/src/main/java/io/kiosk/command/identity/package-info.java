/**
 * Who may do what: accounts and credentials (kept out of the event store, in table {@code account}),
 * login with throttling, access tokens (RS256 JWT, short-lived) and rotating refresh tokens, e-mail
 * verification, password change and reset by mail, the bootstrapped administrator and staff
 * accounts, and the command side's own endpoint rules.
 *
 * <p>A customer's account id is their {@code CustomerId}: registration creates both in one
 * transaction, the account row here and the {@code Customer} aggregate's first event.
 */
package io.kiosk.command.identity;
