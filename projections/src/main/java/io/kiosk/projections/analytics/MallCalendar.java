package io.kiosk.projections.analytics;

import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Where an event's moment falls in the mall's time zone ({@code kiosk.delivery.zone}): the day, weekday and
 * hour analytics count it under. Only the zone is used, never the time of handling, so a rebuild finds the
 * same days; a changed zone asks for a rebuild.
 */
@Component
class MallCalendar {

    private final ZoneId zone;

    MallCalendar(ZoneId mallZone) {
        this.zone = mallZone;
    }

    Moment of(Instant at) {
        // PostgreSQL keeps microseconds: the day is worked out from the instant as it is stored
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        ZonedDateTime local = stored.atZone(zone);
        return new Moment(Timestamp.from(stored), local.toLocalDate(), local.getDayOfWeek().getValue(), local.getHour());
    }

    /** An instant as stored ({@code at}), its mall day, ISO weekday (1 = Monday) and hour of the day. */
    record Moment(Timestamp at, LocalDate on, int weekday, int hour) {
    }
}
