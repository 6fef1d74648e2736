package io.kiosk.command.risk;

import io.kiosk.api.customer.DeliveryAddress;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checkout's delivery region (the one its delivery promise is worked out for) against the address: region code
 * {@code SH} with an address in Beijing is either a mistake or someone steering goods. The rule only fires on
 * a place it knows for another region; an address it cannot place says nothing.
 */
public final class DeliveryRegionMismatch implements RiskRule {

    static final String CODE = "region-mismatch";

    private final RiskAction action;
    private final Map<String, Set<String>> regionsByPlace = new HashMap<>();

    public DeliveryRegionMismatch(RiskAction action, Map<String, List<String>> placesByRegion) {
        this.action = action;
        placesByRegion.forEach((region, places) -> places.forEach(place ->
                regionsByPlace.computeIfAbsent(normal(place), key -> new TreeSet<>()).add(region.toUpperCase(Locale.ROOT))));
    }

    @Override
    public Optional<RiskFinding> judge(PaymentUnderCheck payment) {
        DeliveryAddress address = payment.deliveryAddress();
        if (action == RiskAction.OFF || address == null || payment.deliveryRegion() == null) {
            return Optional.empty();
        }
        String region = payment.deliveryRegion().toUpperCase(Locale.ROOT);
        Set<String> named = new TreeSet<>();
        named.addAll(regionsByPlace.getOrDefault(normal(address.region()), Set.of()));
        named.addAll(regionsByPlace.getOrDefault(normal(address.city()), Set.of()));
        if (named.isEmpty() || named.contains(region)) {
            return Optional.empty();
        }
        return Optional.of(new RiskFinding(CODE, action, "delivery region %s, but the address (%s, %s) lies in %s"
                .formatted(region, address.city(), address.region(), String.join("/", named))));
    }

    /** "Beijing Shi", "北京市", " beijing " all read as one place. */
    static String normal(String place) {
        String text = place.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.'-]+", "");
        for (String suffix : List.of("province", "city", "shi", "sheng", "市", "省", "自治区", "特别行政区")) {
            if (text.endsWith(suffix) && text.length() > suffix.length()) {
                text = text.substring(0, text.length() - suffix.length());
            }
        }
        return text;
    }
}
