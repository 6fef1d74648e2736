package io.kiosk.api.customer;

import io.kiosk.api.privacy.PersonalData;
import io.kiosk.api.text.FreeText;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A payment method a customer keeps for later: only the provider's token for it (never a card
 * number) and a label for people, such as "Visa ending 4242".
 */
public record SavedPaymentMethod(PaymentProvider provider, @PersonalData String providerToken, @PersonalData String label) {

    private static final Pattern LOOKS_LIKE_CARD_NUMBER = Pattern.compile(".*\\d[\\d -]{11,22}\\d.*");

    public SavedPaymentMethod {
        Objects.requireNonNull(provider, "provider is required");
        providerToken = FreeText.required("providerToken", providerToken, 200);
        label = FreeText.required("label", label, 60);
        if (LOOKS_LIKE_CARD_NUMBER.matcher(providerToken).matches() || LOOKS_LIKE_CARD_NUMBER.matcher(label).matches()) {
            throw new IllegalArgumentException("looks like a card number: only the provider's token may be saved");
        }
    }
}
