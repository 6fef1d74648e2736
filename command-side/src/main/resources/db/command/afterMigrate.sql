-- After every migration of the command side's schema: the query side's role (${queryRole}, KIOSK_QUERY_DB_USER) reads
-- the per-customer keys of schema "privacy" (crypto-shredding: it decrypts what read models show), now and in future:
-- the schema and its tables are made by the command side's own migrations, so this runs after each of them, and a
-- table added there later is readable without a grant of its own (default privileges). Nothing of schema "command"
-- (accounts, password hashes, refresh and mailed tokens, idempotency keys, the outbox, rate limits) is granted: the
-- query side's role cannot read it. The event store's grants are the event-store module's (db/eventstore).
DO $$
DECLARE
    reader TEXT := '${queryRole}';
BEGIN
    IF reader <> '' AND reader <> current_user AND EXISTS (SELECT FROM pg_roles WHERE rolname = reader)
            AND EXISTS (SELECT FROM pg_namespace WHERE nspname = 'privacy') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA privacy TO %I', reader);
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA privacy TO %I', reader);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA privacy GRANT SELECT ON TABLES TO %I', reader);
    END IF;
END
$$;
