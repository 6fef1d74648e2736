#!/bin/sh
# Run once by the postgres image when it initialises its data volume (docker-entrypoint-initdb.d): the query side's
# own role. What it may do is granted by the command side's migrations of the event store (README "Database roles").
set -eu
: "${KIOSK_QUERY_DB_PASSWORD:?KIOSK_QUERY_DB_PASSWORD must be set (see docker-compose.yml)}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v role="${KIOSK_QUERY_DB_USER:-kiosk_query}" -v password="$KIOSK_QUERY_DB_PASSWORD" <<'SQL'
CREATE ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
SQL
