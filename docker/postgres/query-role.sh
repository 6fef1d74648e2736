#!/bin/sh
# Run once by the postgres image when it initialises its data volume (docker-entrypoint-initdb.d): the query side's
# own role, the web app's, and the analysts' read-only one when KIOSK_ANALYST_DB_PASSWORD is set. What each may do is granted by
# the migrations (docs/operations.md, "Database roles"; docs/analytics.md, "The read-only role"): the analysts' role reads the analytics schema, nothing else.
set -eu
: "${KIOSK_QUERY_DB_PASSWORD:?KIOSK_QUERY_DB_PASSWORD must be set (see docker-compose.yml)}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v role="${KIOSK_QUERY_DB_USER:-kiosk_query}" -v password="$KIOSK_QUERY_DB_PASSWORD" <<'SQL'
CREATE ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
SQL
# the web app's own role: it makes its own schema "web" (its sessions) and nothing else
: "${KIOSK_WEB_DB_PASSWORD:?KIOSK_WEB_DB_PASSWORD must be set (see docker-compose.yml)}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v password="$KIOSK_WEB_DB_PASSWORD" -v database="$POSTGRES_DB" <<'SQL'
CREATE ROLE kiosk_web LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
GRANT CREATE ON DATABASE :"database" TO kiosk_web;
SQL
if [ -n "${KIOSK_ANALYST_DB_PASSWORD:-}" ]; then
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
        -v password="$KIOSK_ANALYST_DB_PASSWORD" <<'SQL'
CREATE ROLE kiosk_analyst LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
ALTER ROLE kiosk_analyst SET default_transaction_read_only = on;
SQL
fi
