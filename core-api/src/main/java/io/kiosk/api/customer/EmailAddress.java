package io.kiosk.api.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An e-mail address, kept in lower case so that one mailbox is one account. */
public record EmailAddress(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    @JsonCreator
    public EmailAddress {
        Objects.requireNonNull(value, "e-mail address is required");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("is not a valid e-mail address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
