/**
 * Rate limits on what anyone may ask without logging in: registration, new verification codes and password resets
 * per e-mail address and per client, failed logins and wrong current passwords per client. Counted in fixed windows
 * in PostgreSQL (table {@code rate_limit_window}), so they hold across instances; refused with {@code 429} problem
 * details and {@code Retry-After}. The client is the connection's address, or the one a trusted proxy names in
 * {@code X-Forwarded-For}.
 */
package io.kiosk.command.ratelimit;
