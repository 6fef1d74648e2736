package io.kiosk.command.payment;

/**
 * A provider refused a request or could not be reached. {@code reason} is a stable code
 * ({@code provider-unavailable}, {@code provider-refused}, {@code method-unavailable}, ...), the message is
 * for people and never holds keys or signatures.
 */
public class ProviderRefusal extends RuntimeException {

    private final String reason;

    public ProviderRefusal(String reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
