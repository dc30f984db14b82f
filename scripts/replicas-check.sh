#!/usr/bin/env bash
# Two Peach replicas on one PostgreSQL behave as one service. Starts one PostgreSQL (the server binaries zonky
# ships, as its own process) and two instances of the packaged jar on it, then checks:
#   1. a key limited to LIMIT requests a minute gets at most LIMIT + 10 % across both (alternating requests),
#      and so does an address without a key;
#   2. optimistic locking: after a write on replica 1, replica 2 reads the new version and a stale If-Match
#      there answers 412 (no replica serves a stale read from a cache of its own);
#   3. the key-guessing limit (20 failed key checks a minute per address) trips across both replicas;
#   4. a deleted coach's key stops working on both replicas within the key cache's 5 s (needs psql);
#   5. webhooks: weigh-ins written alternately on both replicas, both dispatching from the one outbox: the
#      receiver gets every event exactly once (FOR UPDATE SKIP LOCKED: each attempt is made by one replica);
#   6. replica 2 is killed (SIGKILL) in the middle of write traffic: every write it or replica 1 acknowledged
#      is readable from replica 1, which keeps answering.
# Prints PASS/FAIL per check and a summary; exits non-zero if any check failed.
#
#   scripts/replicas-check.sh      (builds the jar first if target/quarkus-app is missing)
#   PORT=18580 LIMIT=200 scripts/replicas-check.sh
#
# Needs curl, jq and python3 (the webhook receiver), and psql for check 4 (apt-get install postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18580}          # replica 1; replica 2 on PORT+1, PostgreSQL on PORT+2
LIMIT=${LIMIT:-200}          # requests a minute per key and per address while checking
R1="http://127.0.0.1:$PORT"
R2="http://127.0.0.1:$((PORT + 1))"
PG_PORT=$((PORT + 2))
RECEIVER_PORT=$((PORT + 3))   # the webhook receiver of check 5
GUESSER=127.0.0.9            # the key-guessing check sends from its own loopback address
ADMIN=replicas-check-admin-key
WORK=$(mktemp -d)
PG_DATA="$WORK/pg"
PID1=""; PID2=""; RECEIVER=""
for tool in curl jq python3; do command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install $tool"; exit 1; }; done
cleanup() {
  for p in $PID1 $PID2; do kill -TERM "$p" 2>/dev/null || true; done
  for p in $PID1 $PID2; do wait "$p" 2>/dev/null || true; done
  [ -n "$RECEIVER" ] && kill "$RECEIVER" 2>/dev/null || true
  if [ -f "$PG_DATA/postmaster.pid" ]; then kill -INT "$(head -1 "$PG_DATA/postmaster.pid")" 2>/dev/null || true; fi
  sleep 1; rm -rf "$WORK"
}
trap cleanup EXIT
RESULTS=()
check() { # name ok(0/1) detail
  local verdict=PASS; [ "$2" = 1 ] || verdict=FAIL
  RESULTS+=("$verdict  $1: $3")
  echo "$verdict  $1: $3"
}

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
ls -d "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin >/dev/null 2>&1 || {
  # unpack zonky's binaries once by starting the service on a throwaway embedded database
  java -Dquarkus.http.port="$PORT" -Dpeach.embedded-db.dir="$WORK/unpack" -jar target/quarkus-app/quarkus-run.jar >/dev/null 2>&1 &
  p=$!; until curl -fs "$R1/q/health/ready" >/dev/null 2>&1; do sleep 0.2; done; kill -TERM $p; wait $p || true
}
PG_BIN=$(ls -d "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin | head -1)
AS_USER=""; [ "$(id -u)" = 0 ] && AS_USER="unshare -U"   # postgres refuses to run as root
$AS_USER "$PG_BIN/initdb" -A trust -U postgres -D "$PG_DATA" -E UTF-8 >/dev/null
$AS_USER "$PG_BIN/pg_ctl" -D "$PG_DATA" -o "-p $PG_PORT -c listen_addresses=localhost" -l "$WORK/pg.log" -w start >/dev/null
JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"

WEBHOOK_KEY=$(head -c 32 /dev/urandom | base64)   # the key both replicas seal webhook secrets with
replica() { # port log -> pid in LAUNCHED; started as the README says (bin/peach)
  QUARKUS_DATASOURCE_JDBC_URL="$JDBC" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
  PEACH_WEBHOOKS_SECRET_KEY="$WEBHOOK_KEY" \
  bin/peach -Dquarkus.http.port="$1" -Dpeach.admin-key="$ADMIN" -Dpeach.webhooks.allowed-hosts=127.0.0.1 \
    -Dpeach.rate-limit.per-key-per-minute="$LIMIT" -Dpeach.rate-limit.per-ip-per-minute="$LIMIT" >"$2" 2>&1 &
  LAUNCHED=$!
  until curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$LAUNCHED" 2>/dev/null || { tail -30 "$2"; exit 1; }
    sleep 0.2
  done
}
replica "$PORT" "$WORK/r1.log"; PID1=$LAUNCHED          # runs the migrations
replica "$((PORT + 1))" "$WORK/r2.log"; PID2=$LAUNCHED
echo "Two replicas on one PostgreSQL $($AS_USER "$PG_BIN/postgres" --version | awk '{print $3}'): $R1 (pid $PID1), $R2 (pid $PID2); limits $LIMIT a minute per key and per address"

new_coach() { # base name -> api key
  curl -fs -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$2\",\"email\":\"$2-$RANDOM$RANDOM@example.com\"}" "$1/api/v1/admin/coaches" | jq -r .apiKey
}
CLIENT_BODY='{"name":"%s","sex":"female","birthDate":"1990-01-01","heightCm":165,"activityLevel":"lightly_active","goal":"fat_loss"}'
new_client() { # base key name -> id
  curl -fs -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -d "$(printf "$CLIENT_BODY" "$3")" "$1/api/v1/clients" | jq -r .id
}
# alternate N requests between the replicas in one curl process: prints one status code a line
alternate() { # n path [curl options...]
  local n=$1 path=$2 i
  shift 2
  for i in $(seq "$n"); do
    if [ $((i % 2)) = 1 ]; then echo "url = \"$R1$path\""; else echo "url = \"$R2$path\""; fi
    echo 'output = "/dev/null"'
  done >"$WORK/urls"
  curl -s -w '%{http_code}\n' "$@" -K "$WORK/urls"
}

# ---- 1. one limit across both replicas -------------------------------------------------------------------
KEY_A=$(new_coach "$R1" limit)
T0=$(date +%s%N)
codes=$(alternate $((2 * LIMIT)) /api/v1/goals -H "Authorization: Bearer $KEY_A")
ms=$(( ($(date +%s%N) - T0) / 1000000 ))
ok=$(grep -c '^200$' <<<"$codes" || true); refused=$(grep -c '^429$' <<<"$codes" || true)
max=$(( LIMIT + LIMIT / 10 ))
check "per-key limit across 2 replicas" "$([ "$ok" -ge "$LIMIT" ] && [ "$ok" -le "$max" ] && echo 1 || echo 0)" \
  "$((2 * LIMIT)) requests with one key alternating in $ms ms: $ok answered 200, $refused answered 429 (allowed $LIMIT..$max)"
T0=$(date +%s%N)
codes=$(alternate $((2 * LIMIT)) /api/v1/goals)
ms=$(( ($(date +%s%N) - T0) / 1000000 ))
ok=$(grep -c '^200$' <<<"$codes" || true); refused=$(grep -c '^429$' <<<"$codes" || true)
check "per-address limit across 2 replicas" "$([ "$ok" -ge "$LIMIT" ] && [ "$ok" -le "$max" ] && echo 1 || echo 0)" \
  "$((2 * LIMIT)) requests without a key alternating in $ms ms: $ok answered 200, $refused answered 429 (allowed $LIMIT..$max)"
headers=$(curl -s -o /dev/null -D - -H "Authorization: Bearer $KEY_A" "$R2/api/v1/goals" | tr -d '\r')
reset=$(awk -F': ' 'tolower($1) == "ratelimit-reset" {print $2}' <<<"$headers")
check "429 carries Retry-After and RateLimit-*" \
  "$(grep -q '^HTTP/1.1 429' <<<"$headers" && grep -qi '^retry-after: [0-9]' <<<"$headers" && [ -n "$reset" ] && [ "$reset" -ge 1 ] && [ "$reset" -le 60 ] && echo 1 || echo 0)" \
  "$(grep -i -e '^retry-after' -e '^ratelimit' <<<"$headers" | tr '\n' ' ')"

# ---- 2. optimistic locking and fresh reads across replicas ------------------------------------------------
KEY_B=$(new_coach "$R1" locking)
ID=$(new_client "$R1" "$KEY_B" Lock)
etag=$(curl -fs -o /dev/null -D - -H "Authorization: Bearer $KEY_B" "$R2/api/v1/clients/$ID" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
put() { # base if-match name -> status
  curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $KEY_B" -H 'Content-Type: application/json' \
    -H "If-Match: $2" -d "$(printf "$CLIENT_BODY" "$3")" "$1/api/v1/clients/$ID"
}
first=$(put "$R1" "$etag" "Lock renamed")
seen=$(curl -fs -H "Authorization: Bearer $KEY_B" "$R2/api/v1/clients/$ID" | jq -r '"\(.version) \(.name)"')
stale=$(put "$R2" "$etag" "Lock overwritten")
check "stale If-Match on replica 2 after a write on replica 1" \
  "$([ "$first" = 200 ] && [ "$seen" = "1 Lock renamed" ] && [ "$stale" = 412 ] && echo 1 || echo 0)" \
  "read ETag $etag on replica 2; PUT on replica 1 -> $first; replica 2 then reads version/name '$seen'; PUT with ETag $etag on replica 2 -> $stale"
day=$(date -u +%F)
before=$(curl -fs -H "Authorization: Bearer $KEY_B" "$R2/api/v1/clients/$ID/progress" | jq -r .weighInDays) # now kept there
curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $KEY_B" -H 'Content-Type: application/json' -d '{"weightKg":70.4}' \
  "$R1/api/v1/clients/$ID/weigh-ins/$day"
days=$(curl -fs -H "Authorization: Bearer $KEY_B" "$R2/api/v1/clients/$ID/progress" | jq -r .weighInDays)
check "progress on replica 2 sees a weigh-in written on replica 1" "$([ "$before" = 0 ] && [ "$days" = 1 ] && echo 1 || echo 0)" \
  "weighInDays on replica 2 before the write: $before, right after it: $days (replica 2 keeps progress answers by the client's progress_version)"

# ---- 3. the key-guessing limit across replicas -------------------------------------------------------------
codes=$(alternate 30 /api/v1/clients --interface "$GUESSER" -H "Authorization: Bearer pk_not-a-key-$RANDOM")
guessed=$(grep -c -e '^401$' -e '^403$' <<<"$codes" || true); blocked=$(grep -c '^429$' <<<"$codes" || true)
sleep 1.2   # a replica's own view of the address's bucket is at most peach.rate-limit.sync-interval (1 s) old
v1=$(curl -s -o /dev/null -w '%{http_code}' --interface "$GUESSER" -H "Authorization: Bearer $KEY_B" "$R1/api/v1/clients")
v2=$(curl -s -o /dev/null -D "$WORK/h" -w '%{http_code}' --interface "$GUESSER" -H "Authorization: Bearer $KEY_B" "$R2/api/v1/clients")
retry=$(tr -d '\r' <"$WORK/h" | awk -F': ' 'tolower($1) == "retry-after" {print $2}')
open=$(curl -s -o /dev/null -w '%{http_code}' --interface "$GUESSER" "$R1/api/v1/goals")
here=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KEY_B" "$R1/api/v1/clients")
check "key-guessing limit across 2 replicas" \
  "$([ "$guessed" -ge 20 ] && [ "$guessed" -le 21 ] && [ "$v1" = 429 ] && [ "$v2" = 429 ] && [ -n "$retry" ] && [ "$open" = 200 ] && [ "$here" = 200 ] && echo 1 || echo 0)" \
  "30 wrong keys from $GUESSER alternating: $guessed checked (401), $blocked refused (429); then a valid key from there: replica 1 -> $v1, replica 2 -> $v2 (Retry-After $retry); no key from there -> $open; the valid key from 127.0.0.1 -> $here"

# ---- 4. key revocation reaches every replica within the key cache's TTL ------------------------------------
if command -v psql >/dev/null; then
  KEY_R=$(new_coach "$R1" revoked)
  c1=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KEY_R" "$R1/api/v1/clients")
  c2=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KEY_R" "$R2/api/v1/clients")
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c "DELETE FROM coaches WHERE name = 'revoked'" >/dev/null
  T0=$(date +%s%N); gone=""
  while [ $(( ($(date +%s%N) - T0) / 1000000 )) -lt 10000 ]; do
    a=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KEY_R" "$R1/api/v1/clients")
    b=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KEY_R" "$R2/api/v1/clients")
    [ "$a" = 401 ] && [ "$b" = 401 ] && { gone=$(( ($(date +%s%N) - T0) / 1000000 )); break; }
    sleep 0.2
  done
  check "deleted key refused by both replicas within the 5 s key cache" \
    "$([ "$c1" = 200 ] && [ "$c2" = 200 ] && [ -n "$gone" ] && [ "$gone" -le 5500 ] && echo 1 || echo 0)" \
    "before: $c1/$c2; 401 on both ${gone:-never within 10 s} ms after the coach row was deleted"
else
  RESULTS+=("SKIP  key revocation: psql is not installed")
  echo "SKIP  key revocation: psql is not installed"
fi

# ---- 5. webhooks from both replicas: each event delivered once ------------------------------------------
python3 scripts/webhook-receiver.py "$RECEIVER_PORT" "$WORK/received.log" 204 & RECEIVER=$!
until curl -s -o /dev/null "http://127.0.0.1:$RECEIVER_PORT/"; do sleep 0.1; done   # listening (a GET is not logged)
KEY_W=$(new_coach "$R1" hooks)
ID_W=$(new_client "$R2" "$KEY_W" Hooked)
curl -fs -o /dev/null -H "Authorization: Bearer $KEY_W" -H 'Content-Type: application/json' \
  -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hooks\",\"events\":[\"weigh_in.recorded\"]}" "$R1/api/v1/webhooks"
EVENTS=40
for i in $(seq "$EVENTS"); do
  if [ $((i % 2)) = 1 ]; then base=$R1; else base=$R2; fi
  curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $KEY_W" -H 'Content-Type: application/json' \
    -d "{\"weightKg\":$((60 + i % 10)).5}" "$base/api/v1/clients/$ID_W/weigh-ins/$(date -u -d "-$i days" +%F)"
done
T0=$(date +%s%N)
count_ids() { [ -f "$WORK/received.log" ] && jq -r '."webhook-id"' "$WORK/received.log" | sort -u | wc -l || echo 0; }
until [ "$(count_ids)" -ge "$EVENTS" ] || [ $(( ($(date +%s%N) - T0) / 1000000 )) -gt 20000 ]; do sleep 0.2; done
waited=$(( ($(date +%s%N) - T0) / 1000000 ))
sleep 3   # a second delivery of any event by the other replica would arrive within its 1 s poll
ids=$(count_ids); total=$(wc -l <"$WORK/received.log")
if [ "$ids" != "$EVENTS" ]; then   # what the service says of the deliveries that did not arrive
  HOOK=$(curl -fs -H "Authorization: Bearer $KEY_W" "$R1/api/v1/webhooks" | jq -r '.[0].id')
  curl -fs -H "Authorization: Bearer $KEY_W" "$R1/api/v1/webhooks/$HOOK/deliveries?size=100" \
    | jq -c '.items[] | select(.status != "delivered") | {status, attemptCount, attempts}'
fi
check "webhooks from 2 replicas: every event delivered once" \
  "$([ "$ids" = "$EVENTS" ] && [ "$total" = "$EVENTS" ] && echo 1 || echo 0)" \
  "$EVENTS weigh-ins written alternately on both replicas: $ids distinct webhook-ids, $total deliveries received (all within $waited ms of the last write, then 3 s more)"

# ---- 6. SIGKILL one replica in the middle of write traffic -------------------------------------------------
KEYS=(); CLIENTS=()
for k in 1 2 3 4; do KEYS+=("$(new_coach "$R1" "writer$k")"); CLIENTS+=("$(new_client "$R2" "${KEYS[$((k - 1))]}" "Writer$k")"); done
: >"$WORK/acked"
traffic() {
  local i=0 base which k day kg code
  while [ ! -f "$WORK/stop" ] && [ $i -lt 600 ]; do
    if [ $((i % 2)) = 0 ]; then base=$R1; which=1; else base=$R2; which=2; fi
    k=$((i % 4)); day=$(date -u -d "-$((i / 4)) days" +%F); kg="$((55 + i % 30)).$((i % 10))"
    code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' -X PUT -H "Authorization: Bearer ${KEYS[$k]}" \
      -H 'Content-Type: application/json' -d "{\"weightKg\":$kg}" "$base/api/v1/clients/${CLIENTS[$k]}/weigh-ins/$day") || true
    echo "$(date +%s%N) $which $code $k $day $kg" >>"$WORK/acked"
    i=$((i + 1))
  done
}
traffic & TRAFFIC=$!
sleep 5
KILLED_AT=$(date +%s%N); kill -KILL "$PID2"; wait "$PID2" 2>/dev/null || true; PID2=""
sleep 4; touch "$WORK/stop"; wait $TRAFFIC || true
by2=$(awk '$2 == 2 && $3 ~ /^2/' "$WORK/acked" | wc -l)
by1=$(awk '$2 == 1 && $3 ~ /^2/' "$WORK/acked" | wc -l)
after1=$(awk -v t="$KILLED_AT" '$1 > t && $2 == 1' "$WORK/acked" | wc -l)
after1_ok=$(awk -v t="$KILLED_AT" '$1 > t && $2 == 1 && $3 ~ /^2/' "$WORK/acked" | wc -l)
missing=0
for k in 0 1 2 3; do
  curl -fs -H "Authorization: Bearer ${KEYS[$k]}" \
    "$R1/api/v1/clients/${CLIENTS[$k]}/weigh-ins?from=$(date -u -d '-400 days' +%F)&to=$(date -u +%F)" \
    | jq -r '.[] | "\(.date) \(.weightKg)"' | sort >"$WORK/found$k"
  # the last acknowledged write of each date is what must be there
  awk -v k="$k" '$3 ~ /^2/ && $4 == k {last[$5] = $6} END {for (d in last) print d, last[d]}' "$WORK/acked" | sort >"$WORK/want$k"
  missing=$((missing + $(awk 'NR == FNR {have[$1] = $2 + 0; next} !($1 in have) || have[$1] != $2 + 0' "$WORK/found$k" "$WORK/want$k" | wc -l)))
done
check "SIGKILL of replica 2 mid-traffic loses nothing acknowledged" \
  "$([ "$by2" -gt 0 ] && [ "$missing" = 0 ] && [ "$after1" -gt 0 ] && [ "$after1_ok" = "$after1" ] && echo 1 || echo 0)" \
  "writes acknowledged: $by1 by replica 1, $by2 by replica 2 before it was killed; missing on replica 1 afterwards: $missing; replica 1 after the kill: $after1_ok of $after1 writes answered 2xx"

leaked=$(cat "$WORK"/r1.log "$WORK"/r2.log | grep -c -e "$ADMIN" -e "$KEY_A" -e "$KEY_B" || true)
check "no key in either replica's log" "$([ "$leaked" = 0 ] && echo 1 || echo 0)" "$leaked lines"

echo
echo "Summary:"
printf '  %s\n' "${RESULTS[@]}"
if printf '%s\n' "${RESULTS[@]}" | grep -q '^FAIL'; then
  echo "replicas check FAILED"; exit 1
fi
echo "replicas check PASSED"
