#!/usr/bin/env bash
# Webhook delivery benchmark (see bench/webhooks.py):
#   1. decision-to-webhook latency of real verifications on loopback (p50, p95);
#   2. a backlog of 10,000 events drained by one dispatcher: time and events/s, SQLite and PostgreSQL.
#
#   bench/webhooks.sh [SESSIONS] [DECISIONS]   (defaults: 20 verifications, 5000 approvals = 10,000 events)
#
# Prints a Markdown summary and writes it to bench/results/webhooks.md (raw numbers in
# bench/out/webhooks.json).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source scripts/postgres.sh
source scripts/setup-models.sh
SESSIONS=${1:-20}
DECISIONS=${2:-5000}
COMMAND="bench/webhooks.sh${1:+ $1}${2:+ $2}"

ensure_packages "${RUNTIME_PACKAGES[@]}" postgresql postgresql-client
ensure_pip
ensure_models
ensure_tools_python
swift build -c release --scratch-path .build-release --product openkyc >/dev/null
mkdir -p bench/out bench/results
cp .build-release/release/openkyc bench/out/openkyc-webhooks   # a rebuild cannot swap the binary mid-run
BIN=bench/out/openkyc-webhooks
[ -f .build/test-verification/index.json ] || { echo "run scripts/test once first (it makes the test people)" >&2; exit 1; }

# PostgreSQL with its default durability (fsync on), as the other benchmarks run it.
start_postgres durable >&2
trap stop_postgres EXIT

python3 bench/webhooks.py --bin "$BIN" --root "$PWD" --python "$TOOLS_PYTHON" --postgres-url "$TEST_POSTGRES_URL" \
  --sessions "$SESSIONS" --decisions "$DECISIONS" --command "$COMMAND" \
  --out bench/results/webhooks.md --json bench/out/webhooks.json
