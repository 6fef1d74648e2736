-- Tells every listening application that events were appended, the moment the appending transaction
-- commits: PostgreSQL delivers a NOTIFY only on commit (never for a rolled-back append) and folds the
-- notifications of one transaction into one. The payload is the schema of the event table, so that
-- applications tailing another event store in the same database can ignore it. The query side wakes
-- its event processors on it instead of polling the table (see EventAppendListener).

CREATE FUNCTION notify_events_appended() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('kiosk_events_appended', TG_TABLE_SCHEMA);
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_event_entry_appended
    AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT
EXECUTE FUNCTION notify_events_appended();
