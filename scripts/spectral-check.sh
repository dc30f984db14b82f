#!/usr/bin/env bash
# Lints the served OpenAPI document with Spectral's own OpenAPI ruleset (spectral:oas, scripts/spectral/.spectral.yaml)
# and fails on any warning or error. Not part of the test suite: it needs Node.js 20+ and npm.
# Usage: scripts/spectral-check.sh                 (starts the packaged service on a throwaway database)
#        PEACH_URL=http://host:port scripts/spectral-check.sh   (lints a running service's document)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18816}
. scripts/packaged-service.sh   # WORK, and the service stopped on exit

if [ -z "${PEACH_URL:-}" ]; then
  PEACH_URL="http://127.0.0.1:$PORT"
  start_packaged_service "$PORT" spectral-check-admin-key "$WORK"
fi
(cd scripts/spectral && npm ci --no-audit --no-fund --silent)
curl -fsS "$PEACH_URL/q/openapi?format=json" -o "$WORK/openapi.json"
echo "== Spectral $(scripts/spectral/node_modules/.bin/spectral --version), ruleset spectral:oas, on $PEACH_URL/q/openapi"
scripts/spectral/node_modules/.bin/spectral lint -r scripts/spectral/.spectral.yaml --fail-severity=warn "$WORK/openapi.json"
echo "spectral-check: ok"
