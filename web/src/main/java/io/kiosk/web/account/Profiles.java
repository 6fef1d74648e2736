package io.kiosk.web.account;

import io.kiosk.client.query.ApiException;
import io.kiosk.client.query.api.CustomersApi;
import io.kiosk.client.query.model.CustomerProfile;
import io.kiosk.web.backend.Backend;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The signed-in customer's profile from the query side (name, contact, saved addresses). A customer who registered a
 * moment ago may not have one there yet: that is empty, not an error.
 */
@Component
public class Profiles {

    private final CustomersApi customers;

    Profiles(Backend backend) {
        this.customers = new CustomersApi(backend.queries());
    }

    /** The profile, as of at least {@code position} when given (the position of the customer's last change). */
    public Optional<CustomerProfile> mine(Long position) throws ApiException {
        try {
            return Optional.of(customers.getMyProfile(position));
        } catch (ApiException refused) {
            if (refused.getCode() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }
}
