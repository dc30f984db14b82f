#!/usr/bin/env bash
# Shows that data written through the API survives restarts of the packaged service, started as the README
# says (bin/peach):
#   1. on its embedded PostgreSQL: a clean stop (SIGTERM), a crash of the JVM (SIGKILL: its postmaster lives on
#      as an orphan) and a crash of the JVM and its postmaster together (SIGKILL of both, the next start at once;
#      its time to ready is shown beside a clean restart's), each followed by a start on the same data directory;
#      and a second service started on
#      a directory that a running one owns exits within seconds, non-zero, with one error line and no stack trace;
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
  [ -n "${KEEP_LOG:-}" ] && cp "$WORK/service.log" "$KEEP_LOG"
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

start() { # extra java options...; sets READY_MS
  local t0
  t0=$(date +%s%N)
  bin/peach -Dquarkus.http.port="$PORT" -Dpeach.admin-key="$ADMIN" "$@" >>"$WORK/service.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    if curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; then READY_MS=$(( ($(date +%s%N) - t0) / 1000000 )); return 0; fi
    sleep 0.5
  done
  echo "service did not become ready; log:"; tail -50 "$WORK/service.log"; exit 1
}

stop_term() { kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
stop_kill() { kill -KILL "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
# SIGKILL of the JVM and of its postmaster in one kill call: what an OOM killer or a lost container does
stop_kill_both() {
  kill -KILL "$APP_PID" "$(head -1 "$1/postmaster.pid")"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

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
CLEAN_MS=$READY_MS
check_data "$KEY" "$ID" "after SIGTERM and restart (ready in $CLEAN_MS ms)"
stop_kill
start -Dpeach.embedded-db.dir="$WORK/embedded"
check_data "$KEY" "$ID" "after SIGKILL and restart"
stop_kill_both "$WORK/embedded"
start -Dpeach.embedded-db.dir="$WORK/embedded"
check_data "$KEY" "$ID" "after SIGKILL of the JVM and its postmaster, restart at once (ready in $READY_MS ms)"
# the directory now belongs to the running service: a second one must give up at once, saying why
T0=$(date +%s%N)
set +e
bin/peach -Dquarkus.http.port=$((PORT + 2)) -Dpeach.embedded-db.dir="$WORK/embedded" >"$WORK/second.log" 2>&1
RC=$?
set -e
MS=$(( ($(date +%s%N) - T0) / 1000000 ))
if [ "$RC" -ne 0 ] && [ "$MS" -le 15000 ] && [ "$(grep -c ERROR "$WORK/second.log")" = 1 ] \
    && grep -q 'in use by another running Peach' "$WORK/second.log" && ! grep -q '^\s*at ' "$WORK/second.log"; then
  echo "ok   a second service on the same directory exits with $RC after $MS ms: $(grep ERROR "$WORK/second.log" | cut -c1-160)"
else
  echo "FAIL second service on the same directory: exit $RC after $MS ms; log:"; cat "$WORK/second.log"; exit 1
fi
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
