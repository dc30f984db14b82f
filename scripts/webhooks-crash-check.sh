#!/usr/bin/env bash
# Shows that an acknowledged write's webhook survives a crash of the service (SIGKILL of the JVM):
#   1. dispatching off: a weigh-in is acknowledged, the JVM is killed at once (nothing could have been sent);
#      after a restart on the same database the receiver gets that event, signed, within seconds;
#   2. dispatching on: a weigh-in is acknowledged and the JVM killed within milliseconds; after the restart the
#      receiver has the event at least once (before the kill or after the restart, whichever won the race).
# The packaged service runs as the README starts it (bin/peach) on its embedded PostgreSQL; the receiver is scripts/webhook-receiver.py on loopback.
# Usage: scripts/webhooks-crash-check.sh   (builds the jar first if target/quarkus-app is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18760}
DB_PORT=$((PORT + 1))
RECEIVER_PORT=$((PORT + 2))
BASE="http://127.0.0.1:$PORT"
ADMIN=crash-check-admin-key
SECRET_KEY=$(head -c 32 /dev/urandom | base64)
WORK=$(mktemp -d)
APP_PID=""
RECEIVER_PID=""

cleanup() {
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true
  [ -n "$RECEIVER_PID" ] && kill "$RECEIVER_PID" 2>/dev/null || true
  if [ -f "$WORK/db/postmaster.pid" ]; then kill -INT "$(head -1 "$WORK/db/postmaster.pid")" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

start() { # extra java options...
  bin/peach -Dquarkus.http.port="$PORT" -Dpeach.admin-key="$ADMIN" -Dpeach.embedded-db.dir="$WORK/db" \
    -Dpeach.embedded-db.port="$DB_PORT" -Dpeach.webhooks.secret-key="$SECRET_KEY" \
    -Dpeach.webhooks.allowed-hosts=127.0.0.1 "$@" >>"$WORK/service.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    if curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.5
  done
  echo "service did not become ready; log:"; tail -50 "$WORK/service.log"; exit 1
}
kill_hard() { kill -KILL "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

# deliveries of a date in the receiver's log: count
received() { python3 - "$WORK/received.log" "$1" <<'PY'
import json, sys
n = 0
for line in open(sys.argv[1]):
    if json.loads(json.loads(line)["body"])["data"].get("date") == sys.argv[2]:
        n += 1
print(n)
PY
}

# checks the signature of every delivery of a date with the secret (Standard Webhooks, HMAC-SHA256)
verify() { python3 - "$WORK/received.log" "$1" "$SECRET" <<'PY'
import base64, hashlib, hmac, json, sys
log, date, secret = sys.argv[1], sys.argv[2], sys.argv[3]
key = base64.b64decode(secret[len("whsec_"):])
for line in open(log):
    r = json.loads(line)
    body = json.loads(r["body"])
    if body["data"].get("date") != date:
        continue
    signed = f'{r["webhook-id"]}.{r["webhook-timestamp"]}.{r["body"]}'.encode()
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    ok = any(s.startswith("v1,") and hmac.compare_digest(s[3:], expected) for s in r["webhook-signature"].split(" "))
    print(("signature ok " if ok else "BAD SIGNATURE ") + r["webhook-id"] + " " + json.dumps(body["data"]))
    if not ok:
        sys.exit(1)
PY
}

await_date() { # date seconds -> waits until the receiver has the date's event
  for _ in $(seq 1 $(( $2 * 10 ))); do
    [ "$(received "$1")" -ge 1 ] && return 0
    sleep 0.1
  done
  return 1
}

python3 scripts/webhook-receiver.py "$RECEIVER_PORT" "$WORK/received.log" 204 &
RECEIVER_PID=$!
touch "$WORK/received.log"

echo "== 1. dispatching off: acknowledged weigh-in, then SIGKILL"
start -Dpeach.webhooks.dispatch-enabled=false
KEY=$(curl -fs -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"name":"Crash","email":"crash@example.com"}' "$BASE/api/v1/admin/coaches" | jq -r .apiKey)
CLIENT=$(curl -fs -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"name":"Survivor","sex":"female","birthDate":"1990-01-01","heightCm":165,"activityLevel":"sedentary","goal":"maintenance"}' \
  "$BASE/api/v1/clients" | jq -r .id)
SECRET=$(curl -fs -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hooks\",\"events\":[\"weigh_in.recorded\"]}" "$BASE/api/v1/webhooks" | jq -r .secret)
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"weightKg":64.2}' "$BASE/api/v1/clients/$CLIENT/weigh-ins/2026-11-01")
kill_hard
[ "$STATUS" = 201 ] || { echo "FAIL the weigh-in answered $STATUS"; exit 1; }
echo "ok   weigh-in acknowledged (201), JVM killed; received so far: $(received 2026-11-01)"
[ "$(received 2026-11-01)" = 0 ] || { echo "FAIL something was sent with dispatching off"; exit 1; }
start
T0=$(date +%s%N)
await_date 2026-11-01 30 || { echo "FAIL the event never arrived after the restart"; tail -30 "$WORK/service.log"; exit 1; }
echo "ok   after the restart the receiver had the event in $(( ($(date +%s%N) - T0) / 1000000 )) ms from ready"
verify 2026-11-01

echo "== 2. dispatching on: acknowledged weigh-in, SIGKILL within milliseconds"
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"weightKg":64.0}' "$BASE/api/v1/clients/$CLIENT/weigh-ins/2026-11-02")
kill_hard
[ "$STATUS" = 201 ] || { echo "FAIL the weigh-in answered $STATUS"; exit 1; }
echo "ok   weigh-in acknowledged (201), JVM killed; received before the kill: $(received 2026-11-02)"
start
await_date 2026-11-02 30 || { echo "FAIL the event never arrived"; exit 1; }
sleep 2
echo "ok   received $(received 2026-11-02) time(s) in all (at least once)"
verify 2026-11-02
kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
echo "all webhook crash checks passed"
