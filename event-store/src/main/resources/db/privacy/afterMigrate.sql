-- After every migration of schema "privacy", by its owner (the command side's role): the event store's reader role
-- (kiosk.event-store.reader-role, the query side's KIOSK_QUERY_DB_USER) may read the customers' keys, now and in
-- future tables, to open the personal data of the events it projects, and nothing else: it makes no key and erases
-- none (an erasure reaches its read models as the event CustomerErased, in schemas of its own). Here rather than only
-- in the command side's afterMigrate.sql, which may run before this schema exists on a first start. While the role
-- does not exist, or is this role, there is nothing to grant.
DO $$
DECLARE
    reader TEXT := '${readerRole}';
BEGIN
    IF reader <> '' AND reader <> current_user AND EXISTS (SELECT FROM pg_roles WHERE rolname = reader) THEN
        EXECUTE format('GRANT USAGE ON SCHEMA privacy TO %I', reader);
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA privacy TO %I', reader);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA privacy GRANT SELECT ON TABLES TO %I', reader);
    END IF;
END
$$;
