/**
 * Idempotent POSTs: a client that retries a request with the same {@code Idempotency-Key} header gets
 * the first answer again, and nothing is done twice (no second order, no second charge), even when
 * the instance that ran the first request crashed.
 *
 * <p>A controller method opts in with {@link io.kiosk.command.idempotency.Idempotent}. The
 * {@code IdempotencyBuffering} filter keeps the body of every request that carries the header (to
 * fingerprint it) and holds back the answer (to store it); the {@code IdempotencyInterceptor}, which
 * knows the handler, opens the request's transaction and claims the key in it before the controller
 * runs, and stores the answer in it after. The request's commands join that transaction, so the
 * events and the answer are committed together or not at all, and a claim is only ever an uncommitted
 * row: it dies with the request's connection. Keys are scoped per caller account, so two customers
 * never collide, and are forgotten after {@code kiosk.idempotency.retention}. Semantics follow the
 * IETF draft "The Idempotency-Key HTTP Header Field": a retry while the first request runs waits for
 * it (up to {@code kiosk.idempotency.in-progress-wait}, then 409 with {@code Retry-After}), 422 for a
 * key reused with another request.
 */
package io.kiosk.command.idempotency;
