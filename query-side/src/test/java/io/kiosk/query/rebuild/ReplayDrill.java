package io.kiosk.query.rebuild;

import io.kiosk.api.customer.CustomerRegistered;
import io.kiosk.projections.rebuild.CaughtUpAfterReplay;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A read model for the tests only, in a processing group of its own: it counts registrations, and while its
 * gate is closed a replay stops at the first registration it handles again, so that a test sees a replay
 * under way. It counts its resets and the calls of its caught-up hook.
 */
@Component
@ProcessingGroup(ReplayDrill.GROUP)
public class ReplayDrill implements CaughtUpAfterReplay {

    static final String GROUP = "replay-drill";

    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger resets = new AtomicInteger();
    private final AtomicInteger caughtUp = new AtomicInteger();

    @EventHandler
    void on(CustomerRegistered event, ReplayStatus status) throws InterruptedException {
        if (status.isReplay() && !gate.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the replay drill's gate");
        }
    }

    @ResetHandler
    void reset() {
        resets.incrementAndGet();
    }

    @Override
    public String processingGroup() {
        return GROUP;
    }

    @Override
    public void caughtUp() {
        caughtUp.incrementAndGet();
    }

    void closeGate() {
        gate = new CountDownLatch(1);
    }

    void openGate() {
        gate.countDown();
    }

    int resets() {
        return resets.get();
    }

    int caughtUpCalls() {
        return caughtUp.get();
    }
}
