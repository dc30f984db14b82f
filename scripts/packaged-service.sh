# Sourced by the check scripts. Sourcing makes WORK, a throwaway directory, and on exit stops the service started
# below (if any) and removes WORK. start_packaged_service starts the packaged service the README's way (bin/peach)
# on a throwaway embedded database, with a throwaway webhook secret key, and waits for it.
# start_packaged_service PORT ADMIN_KEY WORK_DIR [JAVA_OPTION...]   sets APP_PID; the service logs to
# WORK_DIR/service.log.
WORK=$(mktemp -d)
APP_PID=""
stop_packaged_service() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap stop_packaged_service EXIT

start_packaged_service() {
  local port=$1 admin=$2 work=$3
  shift 3
  [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
  bin/peach -Dquarkus.http.port="$port" -Dpeach.admin-key="$admin" -Dpeach.embedded-db.dir="$work/db" \
    -Dpeach.webhooks.secret-key="$(head -c 32 /dev/urandom | base64)" "$@" >"$work/service.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "service did not become ready; log:"; tail -50 "$work/service.log"; return 1
}
