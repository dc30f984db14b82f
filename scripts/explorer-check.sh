#!/usr/bin/env bash
# Tries the API explorer as a new user would: starts the packaged service (throwaway embedded database, ports of
# its own), opens Swagger UI (/q/swagger-ui) in headless Chromium, and on every operation presses "Try it out" and
# "Execute" with its default example; coach operations run with a coach key entered through "Authorize", after
# the coach is created with the admin key. Prints each operation's status; exits non-zero unless every one is 2xx.
# Not part of the test suite (it needs a browser). Needs Debian's chromium and Node.js:
#   apt-get update && apt-get install -y chromium
# Usage: scripts/explorer-check.sh        (builds the jar first if target/quarkus-app is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18814}
ADMIN=explorer-check-admin-key
BASE="http://127.0.0.1:$PORT"
. scripts/packaged-service.sh   # WORK, and the service stopped on exit

command -v "${CHROMIUM:-/usr/bin/chromium}" >/dev/null || { echo "no chromium: apt-get install -y chromium"; exit 2; }
(cd scripts/explorer-check && npm ci --no-audit --no-fund --silent)
# createWebhook's example URL (https://coach.example.com/...) must resolve to a public address before it is
# accepted; a machine without DNS (like the development machines here) cannot resolve it, so the check allows
# that one host as an operator would allow a host of their own.
start_packaged_service "$PORT" "$ADMIN" "$WORK" -Dpeach.webhooks.allowed-hosts=coach.example.com

node scripts/explorer-check/explorer-check.mjs "$BASE" "$ADMIN"
