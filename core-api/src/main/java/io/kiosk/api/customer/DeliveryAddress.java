package io.kiosk.api.customer;

import java.util.Objects;
import java.util.regex.Pattern;

/** Where goods are delivered. {@code region} keys the delivery-time table (a province or state). */
public record DeliveryAddress(String recipient,
                              PhoneNumber phone,
                              String line1,
                              String line2,
                              String city,
                              String region,
                              String postalCode,
                              String country) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public DeliveryAddress {
        recipient = required("recipient", recipient, 100);
        Objects.requireNonNull(phone, "phone is required");
        line1 = required("line1", line1, 200);
        line2 = line2 == null || line2.isBlank() ? null : required("line2", line2, 200);
        city = required("city", city, 100);
        region = required("region", region, 100);
        postalCode = required("postalCode", postalCode, 20);
        country = required("country", country, 2);
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("country must be an ISO 3166 code such as CN");
        }
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        return value.strip();
    }
}
