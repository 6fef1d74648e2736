-- After every migration: the read-only role for analysts, kiosk_analyst, may read every table and view of this
-- schema, now and in future (default privileges for what the application creates here later), and nothing
-- else. The application's user may not create roles: the role is created by .ci/postgres.sh, or on a real
-- server by its administrator (docs/analytics.md); until it exists there is nothing to grant.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'kiosk_analyst') THEN
        GRANT USAGE ON SCHEMA analytics TO kiosk_analyst;
        GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO kiosk_analyst;
        ALTER DEFAULT PRIVILEGES IN SCHEMA analytics GRANT SELECT ON TABLES TO kiosk_analyst;
    END IF;
END
$$;
