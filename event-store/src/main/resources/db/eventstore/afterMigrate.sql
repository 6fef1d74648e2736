-- After every migration of the event store, by its owner (the command side's role): the reader role
-- (kiosk.event-store.reader-role, the query side's KIOSK_QUERY_DB_USER) may read the event store's tables, now and in
-- future, and create schemas of its own in this database (query, analytics), and nothing else: it writes no event, and
-- the command side's schema stays closed to it. The role is made by .ci/postgres.sh, the run command or the
-- database's administrator (docs/operations.md, "Database roles"); while it does not exist, or is this role, there is nothing to
-- grant. One block, one transaction: the reader sees the migrations done only once it has its grants.
DO $$
DECLARE
    reader TEXT := '${readerRole}';
BEGIN
    IF reader <> '' AND reader <> current_user AND EXISTS (SELECT FROM pg_roles WHERE rolname = reader) THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', '${flyway:defaultSchema}', reader);
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', '${flyway:defaultSchema}', reader);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO %I', '${flyway:defaultSchema}', reader);
        EXECUTE format('GRANT CREATE ON DATABASE %I TO %I', current_database(), reader);
    END IF;
END
$$;
