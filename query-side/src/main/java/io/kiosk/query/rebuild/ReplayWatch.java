package io.kiosk.query.rebuild;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Looks at the projections every {@code kiosk.projections.watch-interval} (half a second): marks a running
 * replay done once its processor has read the log up to the head the replay began at, and calls the
 * caught-up hooks of every group that owes them a call and is live. Only on this instance's processors.
 */
@Component
class ReplayWatch {

    private static final Logger log = LoggerFactory.getLogger(ReplayWatch.class);

    private final Projections projections;
    private final ReplayRecords replays;
    private final CaughtUpHooks hooks;
    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean ready = new AtomicBoolean();

    ReplayWatch(Projections projections, ReplayRecords replays, CaughtUpHooks hooks) {
        this.projections = projections;
        this.replays = replays;
        this.hooks = hooks;
    }

    /** The processors start with the application; before that there is nothing to look at. */
    @EventListener(ApplicationReadyEvent.class)
    void processorsStarted() {
        ready.set(true);
    }

    @Scheduled(fixedDelayString = "${kiosk.projections.watch-interval:500ms}")
    void look() {
        if (!ready.get()) {
            return;
        }
        try {
            finishReplays();
            callHooksOfLiveGroups();
        } catch (RuntimeException unreachable) {
            log.warn("could not look at the projections' replays: {}", unreachable.toString());
        }
    }

    private void finishReplays() {
        for (ReplayRecord replay : replays.running()) {
            if (!projections.names().contains(replay.processorName())) {
                continue;
            }
            ProcessorState state = projections.state(replay.processorName());
            if (replay.headPosition() != null && state.hasReadUpTo(replay.headPosition())) {
                replays.finish(replay.processorName(), clock.instant());
                log.info("{} replayed the event log up to position {} ({} events)", replay.processorName(),
                        replay.headPosition(), replay.eventsTotal());
            }
        }
    }

    private void callHooksOfLiveGroups() {
        for (String group : hooks.dueGroups()) {
            if (projections.names().contains(group) && projections.state(group).live()) {
                hooks.call(group);
            }
        }
    }
}
