package io.kiosk.api.text;

/**
 * A text that breaks the {@link FreeText} rule. It names the field at fault as the value object knows it
 * ({@code recipient}, {@code name.zh}); whoever knows where that value object sits in a request puts the two
 * together ({@code address.recipient}).
 */
public class InvalidText extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public InvalidText(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The field at fault, relative to the value object that refused it. */
    public String field() {
        return field;
    }

    /** Why, without the field's name: {@code "is required"}, {@code "contains a control character (U+0000)"}. */
    public String reason() {
        return reason;
    }
}
