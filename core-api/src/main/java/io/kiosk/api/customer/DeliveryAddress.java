package io.kiosk.api.customer;

import io.kiosk.api.privacy.Erased;
import io.kiosk.api.privacy.PersonalData;
import io.kiosk.api.text.FreeText;

import java.util.Objects;
import java.util.regex.Pattern;

/** Where goods are delivered. {@code region} keys the delivery-time table (a province or state). */
public record DeliveryAddress(@PersonalData String recipient,
                              @PersonalData PhoneNumber phone,
                              @PersonalData String line1,
                              @PersonalData String line2,
                              @PersonalData String city,
                              String region,
                              @PersonalData String postalCode,
                              String country) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public DeliveryAddress {
        recipient = FreeText.required("recipient", recipient, 100);
        Objects.requireNonNull(phone, "phone is required");
        line1 = FreeText.required("line1", line1, 200);
        line2 = FreeText.optional("line2", line2, 200);
        city = FreeText.required("city", city, 100);
        region = FreeText.required("region", region, 100);
        postalCode = FreeText.required("postalCode", postalCode, 20);
        country = FreeText.required("country", country, 2);
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("country must be an ISO 3166 code such as CN");
        }
    }

    /**
     * This address once its customer was erased: who and where are gone, the region and the country stay (they are
     * no one's, and delivery figures and analytics count by them).
     */
    public DeliveryAddress erased() {
        return new DeliveryAddress(Erased.TEXT, PhoneNumber.ERASED, Erased.TEXT, line2 == null ? null : Erased.TEXT,
                Erased.TEXT, region, Erased.TEXT, country);
    }
}
