package io.kiosk.command.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method whose effect must happen at most once per {@code Idempotency-Key}: a retry
 * with the same key and the same request is answered with the first answer (status, {@code Location},
 * content type and body) plus {@code Idempotency-Replayed: true}. Without the header the method
 * behaves as if unmarked. The endpoint must require an access token: keys belong to the caller's account.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {

    /** The request header that carries the key. */
    String HEADER = "Idempotency-Key";

    /** The answer header that marks a replayed answer. */
    String REPLAYED_HEADER = "Idempotency-Replayed";
}
