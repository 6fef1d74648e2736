package io.kiosk.api.delivery;

import io.kiosk.api.catalog.LocalizedText;

import java.util.Objects;
import java.util.regex.Pattern;

/** A delivery region and how many days carriers take to reach it once goods leave the warehouse. */
public record Region(String code, LocalizedText name, int minTransitDays, int maxTransitDays) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,20}");

    public Region {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a region code is 1 to 20 letters, digits or '-'");
        }
        Objects.requireNonNull(name, "region " + code + " needs a name");
        if (minTransitDays < 0 || maxTransitDays < minTransitDays || maxTransitDays > 60) {
            throw new IllegalArgumentException("region " + code + ": transit days must satisfy 0 <= min <= max <= 60");
        }
    }
}
