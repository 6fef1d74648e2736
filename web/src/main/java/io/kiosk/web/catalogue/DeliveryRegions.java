package io.kiosk.web.catalogue;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.CatalogueApi;
import io.kiosk.client.query.model.Region;
import io.kiosk.web.backend.Backend;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The regions Kiosk delivers to (the query API's {@code listDeliveryRegions}), for the product page's delivery
 * estimate and the checkout. They change with configuration only, so the list is kept for {@link #KEPT}.
 */
@Component
public class DeliveryRegions {

    static final Duration KEPT = Duration.ofMinutes(5);

    private final CatalogueApi catalogue;
    private final Clock clock;
    private volatile List<Region> regions;
    private volatile Instant fetchedAt = Instant.MIN;

    DeliveryRegions(Backend backend, Clock clock) {
        this.catalogue = new CatalogueApi(backend.queries());
        this.clock = clock;
    }

    /** Every region, in the configured order. */
    public List<Region> all() throws ApiException {
        Instant now = clock.instant();
        if (regions == null || fetchedAt.plus(KEPT).isBefore(now)) {
            regions = List.copyOf(catalogue.listDeliveryRegions());
            fetchedAt = now;
        }
        return regions;
    }

    /** The region of {@code code}, if Kiosk delivers there. */
    public Optional<Region> find(String code) throws ApiException {
        return code == null ? Optional.empty() : all().stream().filter(region -> region.getCode().equalsIgnoreCase(code)).findFirst();
    }

    /** {@code code} when Kiosk delivers there, else the first region (the mall's own). */
    public String orFirst(String code) throws ApiException {
        Optional<Region> chosen = find(code);
        if (chosen.isPresent()) {
            return chosen.get().getCode();
        }
        List<Region> every = all();
        return every.isEmpty() ? "SH" : every.get(0).getCode();
    }
}
