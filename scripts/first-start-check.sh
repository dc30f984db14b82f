#!/usr/bin/env bash
# Shows that the README's run command (bin/peach) comes up on a machine that has never unpacked the embedded
# PostgreSQL: zonky unpacks its binaries into java.io.tmpdir on the first start only, and that moment needs
# more heap than the running service (it failed with OutOfMemoryError under -Xmx80m). Here java.io.tmpdir is
# an empty directory, so this start is a first one whatever ran before on this machine.
# Usage: scripts/first-start-check.sh      (builds the jar first if target/quarkus-app is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18090}
WORK=$(mktemp -d)
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

mkdir "$WORK/tmp"
t0=$(date +%s%N)
JAVA_OPTS="-Djava.io.tmpdir=$WORK/tmp" bin/peach -Dquarkus.http.port="$PORT" -Dpeach.admin-key=first-start-check-key \
  -Dpeach.embedded-db.dir="$WORK/db" -Dpeach.embedded-db.port=$((PORT + 1)) >"$WORK/service.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
  if curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; then
    echo "first start (PostgreSQL binaries unpacked into an empty $WORK/tmp): ready in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
    ls "$WORK"/tmp/embedded-pg/PG-*/bin/postgres >/dev/null 2>&1 || { echo "FAIL: the binaries were not unpacked by this start"; exit 1; }
    echo "first start check passed"
    exit 0
  fi
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 0.2
done
echo "FAIL: bin/peach did not become ready on its first start:"; grep -m3 -E "OutOfMemoryError|ERROR|FATAL" "$WORK/service.log" || tail -20 "$WORK/service.log"
exit 1
