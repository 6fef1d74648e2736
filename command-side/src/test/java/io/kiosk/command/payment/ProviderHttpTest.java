package io.kiosk.command.payment;

import io.kiosk.api.payment.PaymentId;
import io.kiosk.command.CommandSideHttpTest;
import org.junit.jupiter.api.BeforeEach;

/**
 * The stage of a provider's tests: a payment of each test's own, the provider's calls to Kiosk's endpoints, and the
 * payment's events as stored. Adds no configuration; the subclass names its merchant account (and so has a context
 * of its own).
 */
abstract class ProviderHttpTest extends CommandSideHttpTest {

    /** The payment the test asks for. */
    final PaymentId payment = PaymentId.random();
    /** The provider, calling Kiosk back. */
    ProviderCallbacks callbacks;
    PaymentEvents events;

    @BeforeEach
    void providerCallsBackHere() {
        callbacks = new ProviderCallbacks(port);
        events = new PaymentEvents(store);
    }
}
