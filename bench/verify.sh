#!/usr/bin/env bash
# End-to-end verification benchmark (see bench/verify.py):
#   1. POST /verify latency (synchronous), `serve --role all` on SQLite: p50, p95, max;
#   2. verifications per minute with K = 1 and 2 `openkyc worker` processes on PostgreSQL;
#   3. the 1:N duplicate-face search (`openkyc gallery-bench`) at 10k, 100k and 1M faces
#   (run in the order 1, 3, 2; a service failure stops the run, the summary keeps what was measured).
#
#   bench/verify.sh [SESSIONS] [JOBS]      (defaults: 30 timed verifications, 20 queued jobs)
#
# Prints a Markdown summary and writes it to bench/results/verify.md (raw numbers in
# bench/out/verify.json, server and worker logs in bench/out/verify-logs/).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source scripts/postgres.sh
source scripts/setup-models.sh
SESSIONS=${1:-30}
JOBS=${2:-20}
COMMAND="bench/verify.sh${1:+ $1}${2:+ $2}"

ensure_packages "${RUNTIME_PACKAGES[@]}" postgresql postgresql-client
ensure_pip
ensure_models
swift build -c release --scratch-path .build-release --product openkyc >/dev/null
mkdir -p bench/out bench/results
cp .build-release/release/openkyc bench/out/openkyc-verify   # a rebuild cannot swap the binary mid-run
BIN=bench/out/openkyc-verify

# The people of the end-to-end tests: genuine bursts and ID cards bearing their portrait
# (made as scripts/test makes them, with the release binary, when scripts/test has not run).
export OPENKYC_TEST_LIVENESS="$PWD/.build/test-liveness" OPENKYC_TEST_VERIFICATION="$PWD/.build/test-verification"
if [ ! -f "$OPENKYC_TEST_VERIFICATION/index.json" ]; then
  ensure_packages "${TEST_PACKAGES[@]}"
  ensure_tools_python
  if [ ! -f "$OPENKYC_TEST_LIVENESS/index.json" ]; then
    "$TOOLS_PYTHON" scripts/make-liveness.py --out "$OPENKYC_TEST_LIVENESS" --openkyc "$BIN" \
      --seed 7 --genuine 8 --attacks 3 --videos 2
    sha256sum scripts/make-liveness.py | cut -c1-16 > "$OPENKYC_TEST_LIVENESS/.stamp"
  fi
  "$TOOLS_PYTHON" scripts/make-verification.py --liveness "$OPENKYC_TEST_LIVENESS" --openkyc "$BIN" \
    --out "$OPENKYC_TEST_VERIFICATION" --python "$TOOLS_PYTHON"
  cat scripts/make-verification.py scripts/make-documents.py "$OPENKYC_TEST_LIVENESS/.stamp" | sha256sum |
    cut -c1-16 > "$OPENKYC_TEST_VERIFICATION/.stamp"
fi

# PostgreSQL with its default durability (fsync on), as bench/load.sh runs it.
start_postgres durable >&2
trap stop_postgres EXIT

python3 bench/verify.py --bin "$BIN" --root "$PWD" --postgres-url "$TEST_POSTGRES_URL" \
  --sessions "$SESSIONS" --jobs "$JOBS" --command "$COMMAND" \
  --out bench/results/verify.md --json bench/out/verify.json
