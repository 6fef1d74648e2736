package io.kiosk.api.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value that tells who a person is or where to find them (a name, a phone number, an e-mail address, a line of an
 * address). Stored in an event, it is encrypted with the key of the customer the event names
 * ({@link PersonalDataOwner}), and once that key is deleted it reads as {@link Erased}: the events stay, the
 * person is gone from every copy of them (crypto-shredding; see the event store's {@code privacy} package).
 *
 * <p>Put it on a record component whose type has an erased form: {@code String} (reads {@link Erased#TEXT}),
 * {@code PhoneNumber} and {@code EmailAddress} (their {@code ERASED}). The targets are those a record component's
 * annotation is copied to (field, accessor, constructor parameter), which is where JSON mapping looks.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {
}
