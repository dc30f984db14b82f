#!/usr/bin/env bash
# Generates TypeScript types from the served OpenAPI document (openapi-typescript), compiles every schema of the
# document with Ajv (ECMA-262 patterns), type-checks the small client in docs/typescript-client under tsc --strict,
# and runs it against the service. Needs Node.js 20+ and npm. Not part of the test suite.
# Usage: scripts/typescript-check.sh                 (starts the packaged service on a throwaway database)
#        PEACH_URL=http://host:port PEACH_ADMIN_KEY=... scripts/typescript-check.sh   (uses a running service)
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=docs/typescript-client
PORT=${PORT:-18815}
. scripts/packaged-service.sh   # WORK, and the service stopped on exit

if [ -z "${PEACH_URL:-}" ]; then
  PEACH_URL="http://127.0.0.1:$PORT"
  PEACH_ADMIN_KEY=typescript-check-admin-key
  start_packaged_service "$PORT" "$PEACH_ADMIN_KEY" "$WORK"
fi

cd "$DIR"
npm ci --no-audit --no-fund --silent
mkdir -p generated
curl -fsS "$PEACH_URL/q/openapi?format=json" -o generated/openapi.json
echo "== openapi-typescript $(npx openapi-typescript --version)"
npx openapi-typescript generated/openapi.json -o generated/peach.ts
echo "== Ajv: every schema of the document compiles"
node check-schemas.mjs generated/openapi.json
echo "== tsc --strict (TypeScript $(npx tsc --version | cut -d' ' -f2))"
npx tsc -p tsconfig.json
echo "== the client against $PEACH_URL"
node dist/client.js "$PEACH_URL" "$PEACH_ADMIN_KEY"
echo "typescript-check: ok"
