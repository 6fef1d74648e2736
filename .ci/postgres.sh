#!/usr/bin/env bash
# Makes sure a PostgreSQL server runs on localhost:5432 with the role and database the tests use.
# Installs Debian's postgresql when it is missing (CI machines and fresh developer machines).
set -euo pipefail

db_user=${KIOSK_DB_USER:-kiosk}
db_password=${KIOSK_DB_PASSWORD:-kiosk}
db_name=${KIOSK_DB_NAME:-kiosk}
# analysts read schema "analytics" with SQL through this role; the application's migrations grant it SELECT there
analyst_user=${KIOSK_ANALYST_USER:-kiosk_analyst}
analyst_password=${KIOSK_ANALYST_PASSWORD:-kiosk_analyst}
# the query side's own role: reads the event store, writes only its own schemas (the event store's migrations grant it)
query_user=${KIOSK_QUERY_DB_USER:-kiosk_query}
query_password=${KIOSK_QUERY_DB_PASSWORD:-kiosk_query}
# the web app's own role: its sessions in its own schema "web", nothing else
web_user=${KIOSK_WEB_DB_USER:-kiosk_web}
web_password=${KIOSK_WEB_DB_PASSWORD:-kiosk_web}
sudo_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "installing PostgreSQL (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h localhost -p 5432 && break
  sleep 1
done
pg_isready -h localhost -p 5432

sudo_pg psql -v ON_ERROR_STOP=1 -q -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$db_user') THEN
    CREATE ROLE $db_user LOGIN PASSWORD '$db_password' CREATEDB;
  ELSE
    ALTER ROLE $db_user LOGIN PASSWORD '$db_password' CREATEDB;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$analyst_user') THEN
    CREATE ROLE $analyst_user LOGIN PASSWORD '$analyst_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
  ELSE
    ALTER ROLE $analyst_user LOGIN PASSWORD '$analyst_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
  -- read-only sessions by default, besides having no write grant anywhere
  ALTER ROLE $analyst_user SET default_transaction_read_only = on;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$query_user') THEN
    CREATE ROLE $query_user LOGIN PASSWORD '$query_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
  ELSE
    ALTER ROLE $query_user LOGIN PASSWORD '$query_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$web_user') THEN
    CREATE ROLE $web_user LOGIN PASSWORD '$web_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
  ELSE
    ALTER ROLE $web_user LOGIN PASSWORD '$web_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
END
\$\$;
SQL
for name in "$db_name" "${db_name}_test"; do
  if ! sudo_pg psql -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    sudo_pg createdb -O "$db_user" "$name"
  fi
  # the web app makes its own schema "web" (its sessions) and nothing else
  sudo_pg psql -v ON_ERROR_STOP=1 -q -d "$name" -c "GRANT CREATE ON DATABASE $name TO $web_user"
done
echo "PostgreSQL $version is up on localhost:5432 (databases $db_name and ${db_name}_test, roles $db_user, $query_user, $web_user and $analyst_user)"
