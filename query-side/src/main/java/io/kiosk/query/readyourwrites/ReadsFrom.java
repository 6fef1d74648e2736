package io.kiosk.query.readyourwrites;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The processing groups whose read models an endpoint answers from. Such an endpoint accepts
 * {@code ?position=N}: it answers once every one of them has handled the event log up to position N.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadsFrom {

    String[] value();
}
