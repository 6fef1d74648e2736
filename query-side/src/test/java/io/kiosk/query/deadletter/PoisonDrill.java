package io.kiosk.query.deadletter;

import io.kiosk.api.customer.CustomerEmailVerified;
import io.kiosk.api.customer.CustomerId;
import io.kiosk.api.customer.CustomerRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A read model for the tests only, in a processing group of its own, with a bug: it cannot handle the
 * registration of someone called "Poison ..." until the test fixes it. It keeps what it handled of each
 * customer, in order.
 */
@Component
@ProcessingGroup(PoisonDrill.GROUP)
public class PoisonDrill {

    static final String GROUP = "poison-drill";

    private volatile boolean fixed;
    private final Map<CustomerId, List<String>> handled = new ConcurrentHashMap<>();

    @EventHandler
    void on(CustomerRegistered event) {
        if (event.name().startsWith("Poison ") && !fixed) {
            throw new IllegalArgumentException("a bug: names starting with 'Poison' cannot be handled");
        }
        handled.computeIfAbsent(event.customerId(), customer -> new CopyOnWriteArrayList<>()).add("registered");
    }

    @EventHandler
    void on(CustomerEmailVerified event) {
        handled.computeIfAbsent(event.customerId(), customer -> new CopyOnWriteArrayList<>()).add("verified");
    }

    void fix() {
        fixed = true;
    }

    List<String> handled(CustomerId customer) {
        return handled.getOrDefault(customer, List.of());
    }
}
