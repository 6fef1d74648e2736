package io.kiosk.command.payment.wechat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Says in the log that WeChat Pay signed with a platform key Kiosk does not know, so that whoever runs Kiosk adds it
 * after WeChat Pay rotated its keys. Anyone can send a notification with any {@code Wechatpay-Serial}, so this is a
 * warning written at most once per {@link #EVERY}, not a line per request: the first sighting is written at once, the
 * sightings meanwhile are counted and named (the first {@value #NAMED} serials, cut to {@value #LONGEST} characters)
 * in the next warning.
 */
final class UnknownPlatformKeys {

    static final Duration EVERY = Duration.ofMinutes(1);
    private static final int NAMED = 5;
    private static final int LONGEST = 64;
    private static final Logger log = LoggerFactory.getLogger(UnknownPlatformKeys.class);

    private final Collection<String> known;
    private final Clock clock;
    private final Set<String> heldBack = new LinkedHashSet<>();
    private long heldBackCount;
    private Instant nextWarning = Instant.MIN;

    UnknownPlatformKeys(Collection<String> known, Clock clock) {
        this.known = known;
        this.clock = clock;
    }

    synchronized void signedWith(String serial) {
        String named = serial.length() > LONGEST ? serial.substring(0, LONGEST) + "…" : serial;
        if (heldBack.size() < NAMED) {
            heldBack.add(named);
        }
        heldBackCount++;
        Instant now = clock.instant();
        if (now.isBefore(nextWarning)) {
            return;
        }
        log.warn("WeChat Pay signed with platform key {}, which is not configured (known: {}){}: if WeChat Pay rotated its"
                        + " keys, add the serial and public key to kiosk.payments.wechat.platform-keys; until then what is"
                        + " signed with it is refused (WeChat Pay retries notifications for a day). At most one such"
                        + " warning every {} s", String.join(", ", heldBack), known,
                heldBackCount > 1 ? " (" + heldBackCount + " times since the last warning)" : "", EVERY.toSeconds());
        heldBack.clear();
        heldBackCount = 0;
        nextWarning = now.plus(EVERY);
    }
}
