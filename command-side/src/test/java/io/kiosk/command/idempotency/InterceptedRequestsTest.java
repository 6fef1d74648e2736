package io.kiosk.command.idempotency;

import io.kiosk.api.customer.CustomerId;
import io.kiosk.command.CommandSideHttpTest;
import io.kiosk.command.logposition.RequestLogPosition;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.UUID;

/**
 * Tests of the interceptor itself, with the application's own store, log positions and transactions: requests of
 * one customer with one key, each on a thread of its own ({@link RequestOnItsThread}).
 */
abstract class InterceptedRequestsTest extends CommandSideHttpTest {

    @Autowired
    IdempotencyStore keys;

    @Autowired
    RequestLogPosition positions;

    @Autowired
    PlatformTransactionManager transactions;

    final CustomerId customer = CustomerId.random();
    final String key = "key-" + UUID.randomUUID();
    private IdempotencyInterceptor interceptor;

    @BeforeEach
    void intercept() {
        interceptor = new IdempotencyInterceptor(keys, positions, transactions);
    }

    /** A request of the customer with the key, not begun yet. */
    RequestOnItsThread request(String body) {
        return new RequestOnItsThread(interceptor, customer, key, body);
    }

    /** The statuses stored for the key (none, or one). */
    List<Integer> storedStatuses() {
        return jdbc.queryForList("select status from command.idempotency_key where account_id = ? and client_key = ?",
                Integer.class, customer.value(), key);
    }

    int eventsOf(String aggregate) {
        return jdbc.queryForObject("select count(*) from eventstore.domain_event_entry where aggregate_identifier = ?",
                Integer.class, aggregate);
    }
}
