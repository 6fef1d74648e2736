/**
 * Idempotent POSTs: a client that retries a request with the same {@code Idempotency-Key} header gets
 * the first answer again, and nothing is done twice (no second order, no second charge).
 *
 * <p>A controller method opts in with {@link io.kiosk.command.idempotency.Idempotent}. The
 * {@code IdempotencyBuffering} filter keeps the body of every request that carries the header (to
 * fingerprint it) and holds back the answer (to store it); the {@code IdempotencyInterceptor}, which
 * knows the handler, claims the key in PostgreSQL before the controller runs and stores its answer
 * after. Keys are scoped per caller account, so two customers never collide, and are forgotten after
 * {@code kiosk.idempotency.retention}. Semantics follow the IETF draft "The Idempotency-Key HTTP
 * Header Field": 409 while the first request is in progress, 422 for a key reused with another request.
 */
package io.kiosk.command.idempotency;
