package io.kiosk.query.rebuild;

import io.kiosk.projections.rebuild.CaughtUpAfterReplay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The read models' {@link CaughtUpAfterReplay} hooks, by processing group, and which groups owe theirs a
 * call: every group at start-up (a replay a restart interrupted is finished too), and a group again
 * whenever a replay of it starts. The watch calls a group's hooks once it sees the group live.
 */
@Component
class CaughtUpHooks {

    private static final Logger log = LoggerFactory.getLogger(CaughtUpHooks.class);

    private final Map<String, List<CaughtUpAfterReplay>> byGroup;
    private final Set<String> due = ConcurrentHashMap.newKeySet();

    CaughtUpHooks(List<CaughtUpAfterReplay> hooks) {
        this.byGroup = hooks.stream().collect(Collectors.groupingBy(CaughtUpAfterReplay::processingGroup));
        due.addAll(byGroup.keySet());
    }

    /** A replay of {@code group} has started: its hooks are due once it is live again. */
    void due(String group) {
        if (byGroup.containsKey(group)) {
            due.add(group);
        }
    }

    Set<String> dueGroups() {
        return Set.copyOf(due);
    }

    /** Calls every hook of {@code group}; a hook that fails keeps the group due, to be called again on the next look. */
    void call(String group) {
        try {
            byGroup.getOrDefault(group, List.of()).forEach(CaughtUpAfterReplay::caughtUp);
            due.remove(group);
            log.info("{} is live: its caught-up hooks ran", group);
        } catch (RuntimeException failed) {
            log.warn("a caught-up hook of {} failed; it is called again shortly: {}", group, failed.toString());
        }
    }
}
