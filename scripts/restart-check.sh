#!/usr/bin/env bash
# Shows that data written through the API survives restarts of the packaged service:
#   1. on its embedded PostgreSQL: a clean stop (SIGTERM) and a crash (SIGKILL of the JVM), each followed by
#      a start on the same data directory;
#   2. on an external PostgreSQL running as its own process (the server binaries zonky ships, started with
#      pg_ctl): a restart of the service.
# Usage: scripts/restart-check.sh        (builds the jar first if target/quarkus-app is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
WORK=$(mktemp -d)
ADMIN=restart-check-admin-key
BASE="http://127.0.0.1:$PORT"
APP_PID=""
PG_BIN=""
PG_DATA="$WORK/external-pg"

cleanup() {
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true
  if [ -n "$PG_BIN" ] && [ -f "$PG_DATA/postmaster.pid" ]; then kill -INT "$(head -1 "$PG_DATA/postmaster.pid")" 2>/dev/null || true; fi
  # an orphaned embedded postmaster from the SIGKILL step is stopped by the next start; stop the last one too
  if [ -f "$WORK/embedded/postmaster.pid" ]; then kill -INT "$(head -1 "$WORK/embedded/postmaster.pid")" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

start() { # extra java options...
  java -Dquarkus.http.port="$PORT" -Dpeach.admin-key="$ADMIN" "$@" -jar target/quarkus-app/quarkus-run.jar \
    >>"$WORK/service.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    if curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "service did not become ready; log:"; tail -50 "$WORK/service.log"; exit 1
}

stop_term() { kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
stop_kill() { kill -KILL "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

write_data() { # prints "KEY CLIENT_ID"
  local key id
  key=$(curl -fs -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Restart\",\"email\":\"restart-$RANDOM$RANDOM@example.com\"}" "$BASE/api/v1/admin/coaches" | jq -r .apiKey)
  id=$(curl -fs -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    -d '{"name":"Survivor","sex":"female","birthDate":"1990-01-01","heightCm":165,"activityLevel":"sedentary","goal":"maintenance"}' \
    "$BASE/api/v1/clients" | jq -r .id)
  curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d '{"weightKg":64.2}' \
    "$BASE/api/v1/clients/$id/weigh-ins/2026-11-01"
  echo "$key $id"
}

check_data() { # key id label
  local name weight
  name=$(curl -fs -H "Authorization: Bearer $1" "$BASE/api/v1/clients/$2" | jq -r .name)
  weight=$(curl -fs -H "Authorization: Bearer $1" "$BASE/api/v1/clients/$2/weigh-ins?from=2026-11-01&to=2026-11-01" | jq -r '.[0].weightKg')
  if [ "$name" = "Survivor" ] && [ "$weight" = "64.2" ]; then
    echo "ok   $3: client and weigh-in found"
  else
    echo "FAIL $3: client=$name weigh-in=$weight"; exit 1
  fi
}

echo "== embedded PostgreSQL in $WORK/embedded"
start -Dpeach.embedded-db.dir="$WORK/embedded"
read -r KEY ID < <(write_data)
stop_term
start -Dpeach.embedded-db.dir="$WORK/embedded"
check_data "$KEY" "$ID" "after SIGTERM and restart"
stop_kill
start -Dpeach.embedded-db.dir="$WORK/embedded"
check_data "$KEY" "$ID" "after SIGKILL and restart"
stop_term

echo "== external PostgreSQL (its own process)"
PG_BIN=$(ls -d "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin | head -1)
PG_PORT=$((PORT + 1))
# PostgreSQL refuses to run as root; like zonky, run it in a user namespace then (unshare -U).
AS_USER=""
[ "$(id -u)" = 0 ] && AS_USER="unshare -U"
$AS_USER "$PG_BIN/initdb" -A trust -U postgres -D "$PG_DATA" -E UTF-8 >/dev/null
$AS_USER "$PG_BIN/pg_ctl" -D "$PG_DATA" -o "-p $PG_PORT -c listen_addresses=localhost" -l "$WORK/external-pg.log" -w start >/dev/null
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/postgres"
export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=
start
read -r KEY ID < <(write_data)
stop_term
start
check_data "$KEY" "$ID" "external server, after a service restart"
if [ -d data/postgres ] && [ -n "$(find data/postgres -newer "$WORK/service.log" -name postmaster.pid 2>/dev/null)" ]; then
  echo "FAIL an embedded database was started although a JDBC URL was set"; exit 1
fi
stop_term
echo "all restart checks passed"
