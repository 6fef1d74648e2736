package io.kiosk.api.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured table of regions Kiosk delivers to, by code. */
public record DeliveryRegions(List<Region> regions) {

    public DeliveryRegions {
        regions = List.copyOf(regions);
        Map<String, Region> byCode = new LinkedHashMap<>();
        regions.forEach(region -> {
            if (byCode.put(region.code().toUpperCase(), region) != null) {
                throw new IllegalArgumentException("region " + region.code() + " is listed twice");
            }
        });
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty()
                : regions.stream().filter(region -> region.code().equalsIgnoreCase(code.strip())).findFirst();
    }
}
