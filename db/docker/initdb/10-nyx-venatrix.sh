#!/bin/sh
# Runs once, when the shared_postgres volume is new (docker-entrypoint-initdb.d).
set -eu
: "${NYX_DB_PASSWORD:?set NYX_DB_PASSWORD}"
: "${SATURNUS_DB_PASSWORD:?set SATURNUS_DB_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
  -v db_name="${NYX_DB_NAME:-nyx_venatrix}" \
  -v nyx_role="${NYX_DB_ROLE:-nyx}" -v nyx_password="$NYX_DB_PASSWORD" \
  -v saturnus_role="${SATURNUS_DB_ROLE:-saturnus}" -v saturnus_password="$SATURNUS_DB_PASSWORD" \
  -f "${NYX_INIT_SQL:-/nyx-sql/init.sql}"
