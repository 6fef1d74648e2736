package io.kiosk.query.deadletter;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A read model for the tests only, in a processing group of its own: a registration of someone called
 * "Flaky ..." fails twice as if its table were locked by someone else (the failure PostgreSQL's lock
 * timeout gives), and is handled the third time.
 */
@Component
@ProcessingGroup(FlakyDrill.GROUP)
public class FlakyDrill {

    static final String GROUP = "flaky-drill";
    private static final int FAILURES = 2;

    private final Map<CustomerId, Integer> attempts = new ConcurrentHashMap<>();
    private final Set<CustomerId> handled = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(CustomerRegistered event) {
        if (!event.name().startsWith("Flaky ")) {
            return;
        }
        if (attempts.merge(event.customerId(), 1, Integer::sum) <= FAILURES) {
            throw new CannotAcquireLockException("canceling statement due to lock timeout (a test holds the lock)");
        }
        handled.add(event.customerId());
    }

    int attempts(CustomerId customer) {
        return attempts.getOrDefault(customer, 0);
    }

    boolean handled(CustomerId customer) {
        return handled.contains(customer);
    }
}
