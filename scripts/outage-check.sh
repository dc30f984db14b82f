#!/usr/bin/env bash
# A lost database, measured: Peach runs against a PostgreSQL started as its own process (the server
# binaries zonky ships); during steady traffic the server is stopped for OUTAGE_SECONDS, then started again.
# Checks: calculators keep answering 200; database-backed endpoints answer 503 problem + Retry-After within
# 2 s (never hang); readiness goes DOWN; within 5 s of the database returning everything works again without a
# restart of the service; every write acknowledged with a 2xx is still there afterwards.
#
#   scripts/outage-check.sh            (builds the jar first if target/quarkus-app is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18280}
PG_PORT=$((PORT + 1))
OUTAGE_SECONDS=${OUTAGE_SECONDS:-8}
BASE="http://127.0.0.1:$PORT"
ADMIN=outage-check-admin-key
WORK=$(mktemp -d)
APP_PID=""
PG_DATA="$WORK/pg"
cleanup() {
  [ -n "$APP_PID" ] && kill -TERM "$APP_PID" 2>/dev/null || true
  if [ -f "$PG_DATA/postmaster.pid" ]; then kill -INT "$(head -1 "$PG_DATA/postmaster.pid")" 2>/dev/null || true; fi
  sleep 1; rm -rf "$WORK"
}
trap cleanup EXIT
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
ls -d "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin >/dev/null 2>&1 || {
  # unpack zonky's binaries once by starting the service on a throwaway embedded database
  java -Dquarkus.http.port="$PORT" -Dpeach.embedded-db.dir="$WORK/unpack" -jar target/quarkus-app/quarkus-run.jar >/dev/null 2>&1 &
  p=$!; until curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; do sleep 0.2; done; kill -TERM $p; wait $p || true
}
PG_BIN=$(ls -d "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin | head -1)
AS_USER=""; [ "$(id -u)" = 0 ] && AS_USER="unshare -U"
$AS_USER "$PG_BIN/initdb" -A trust -U postgres -D "$PG_DATA" -E UTF-8 >/dev/null
pg_start() { $AS_USER "$PG_BIN/pg_ctl" -D "$PG_DATA" -o "-p $PG_PORT -c listen_addresses=localhost" -l "$WORK/pg.log" -w start >/dev/null; }
pg_stop() { kill -INT "$(head -1 "$PG_DATA/postmaster.pid")"; while [ -f "$PG_DATA/postmaster.pid" ]; do sleep 0.05; done; }
pg_start

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" QUARKUS_DATASOURCE_USERNAME=postgres \
QUARKUS_DATASOURCE_PASSWORD= java -Dquarkus.http.port="$PORT" -Dpeach.admin-key="$ADMIN" \
  -Dpeach.rate-limit.per-ip-per-minute=100000000 -Dpeach.rate-limit.per-key-per-minute=100000000 \
  -jar target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 &
APP_PID=$!
until curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; do sleep 0.1; done

KEY=$(curl -fs -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"name":"Outage","email":"outage@example.com"}' "$BASE/api/v1/admin/coaches" | jq -r .apiKey)
CLIENT=$(curl -fs -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"name":"Outage","sex":"female","birthDate":"1990-01-01","heightCm":165,"activityLevel":"sedentary","goal":"maintenance"}' \
  "$BASE/api/v1/clients" | jq -r .id)

# Traffic: one calculator call, one write (a weigh-in on a new date) and one read, every 100 ms.
traffic() {
  local i=0
  while [ ! -f "$WORK/stop" ]; do
    local day; day=$(date -u -d "-$i days" +%F)
    local t; t=$(now_ms)
    curl -s -o /dev/null -m 10 -w "energy %{http_code} %{time_total}\n" -H 'Content-Type: application/json' \
      -d '{"sex":"female","age":30,"weightKg":65,"heightCm":165,"activityLevel":"sedentary"}' "$BASE/api/v1/energy" \
      | sed "s/^/$t /" >>"$WORK/calls"
    curl -s -o /dev/null -m 10 -D "$WORK/h" -w "write %{http_code} %{time_total}\n" -X PUT -H "Authorization: Bearer $KEY" \
      -H 'Content-Type: application/json' -d "{\"weightKg\":$((60 + i % 10)).5}" "$BASE/api/v1/clients/$CLIENT/weigh-ins/$day" \
      | sed "s/^/$t /" | tee -a "$WORK/calls" | awk -v d="$day" '$3 ~ /^2/ {print d}' >>"$WORK/acked"
    grep -qi '^retry-after' "$WORK/h" && echo "$t retry-after" >>"$WORK/calls"
    curl -s -o /dev/null -m 10 -w "read %{http_code} %{time_total}\n" -H "Authorization: Bearer $KEY" \
      "$BASE/api/v1/clients/$CLIENT/progress" | sed "s/^/$t /" >>"$WORK/calls"
    i=$((i + 1)); sleep 0.1
  done
}
traffic & TRAFFIC=$!
sleep 3

DOWN_AT=$(now_ms); pg_stop
READY_DOWN=""
for _ in $(seq 1 40); do
  code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE/q/health/ready")
  [ "$code" = 503 ] && { READY_DOWN=$(( $(now_ms) - DOWN_AT )); break; }
  sleep 0.1
done
sleep "$OUTAGE_SECONDS"
UP_AT=$(now_ms); pg_start
RECOVERED=""
while [ $(( $(now_ms) - UP_AT )) -lt 15000 ]; do
  code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' -H "Authorization: Bearer $KEY" "$BASE/api/v1/clients/$CLIENT/progress")
  [ "$code" = 200 ] && { RECOVERED=$(( $(now_ms) - UP_AT )); break; }
  sleep 0.1
done
sleep 2; touch "$WORK/stop"; wait $TRAFFIC || true

during() { awk -v a="$DOWN_AT" -v b="$UP_AT" -v k="$1" '$1 >= a && $1 < b && $2 == k' "$WORK/calls"; }
calc_total=$(during energy | wc -l); calc_ok=$(during energy | awk '$3 == 200' | wc -l)
db_total=$(during write | wc -l); db_503=$(during write | awk '$3 == 503' | wc -l)
# a write sent just as the server went down or came back may still succeed: then it must be found afterwards
db_other=$(during write | awk '$3 != 503 && $3 !~ /^2/' | wc -l)
during write | awk '$3 != 503 {print "  write during the outage window answered " $3 " in " $4 " s"}'
db_slowest=$( (during write; during read) | awk 'BEGIN{m=0} $3 == 503 && $4 > m {m=$4} END{printf "%.2f", m}')
retry_after=$(awk -v a="$DOWN_AT" -v b="$UP_AT" '$1 >= a && $1 < b && $2 == "retry-after"' "$WORK/calls" | wc -l)
acked=$(sort -u "$WORK/acked" | wc -l)
found=$(curl -fs -H "Authorization: Bearer $KEY" "$BASE/api/v1/clients/$CLIENT/weigh-ins?from=$(date -u -d "-400 days" +%F)" | jq -r '.[].date' | sort -u)
missing=$(comm -23 <(sort -u "$WORK/acked") <(echo "$found") | wc -l)

leaked=$(grep -c -e "$KEY" -e "$ADMIN" "$WORK/service.log" || true)
echo "Outage: database stopped for $(( (UP_AT - DOWN_AT) / 1000 )) s"
echo "calculator calls during the outage: $calc_ok of $calc_total answered 200"
echo "database writes during the outage: $db_503 of $db_total answered 503, $retry_after with Retry-After; slowest 503: ${db_slowest} s"
echo "readiness DOWN after: ${READY_DOWN:-never} ms"
echo "recovery after the database returned: ${RECOVERED:-not within 15 s} ms"
echo "writes acknowledged with 2xx: $acked; missing afterwards: $missing"
ok=1
[ "$calc_total" -gt 0 ] && [ "$calc_ok" = "$calc_total" ] || ok=0
[ "$db_total" -gt 0 ] && [ "$db_503" -gt 0 ] && [ "$db_other" = 0 ] || ok=0
(( $(echo "$db_slowest < 2.0" | bc -l) )) || ok=0
[ -n "$READY_DOWN" ] || ok=0
[ -n "$RECOVERED" ] && [ "$RECOVERED" -le 5000 ] || ok=0
[ "$missing" = 0 ] || ok=0
echo "keys in the service log: $leaked"
[ "$leaked" = 0 ] || ok=0
[ $ok = 1 ] && echo "outage check passed" || { echo "outage check FAILED"; tail -20 "$WORK/service.log"; exit 1; }
