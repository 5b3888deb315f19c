#!/usr/bin/env bash
# Load benchmark of session create and status on SQLite and PostgreSQL, next to a trivial route
# (/livez: no database, same middleware) in the same run: the framework's own ceiling.
# wrk and the server share this machine's 2 cores, so absolute numbers are a floor.
#
#   bench/load.sh [seconds-per-run] [connections]      (defaults: 15 s, 32 connections)
#
# Prints a Markdown table; BENCHMARKS.md holds the last results.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source scripts/postgres.sh

DURATION=${1:-15}
CONNECTIONS=${2:-32}
PORT=${OPENKYC_BENCH_PORT:-18080}
ensure_packages "${RUNTIME_PACKAGES[@]}" postgresql wrk
swift build -c release --scratch-path .build-release --product openkyc >/dev/null
BIN=.build-release/release/openkyc
WORK=$(mktemp -d /tmp/openkyc-bench.XXXXXX)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; stop_postgres; rm -rf "$WORK"; }
trap cleanup EXIT
start_postgres durable >/dev/null

# Rate limits are raised so the benchmark measures the service, not the limiter's 429s.
export OPENKYC_RATE_LIMIT_PER_KEY=10000000 OPENKYC_RATE_LIMIT_PER_IP=10000000

run_wrk() {  # name, then wrk arguments; prints "name|req/s|p99"
  local name=$1; shift
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@")
  local rps p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  echo "$name|$rps|$p99|${errors:-0}"
}

bench_database() {  # label, DATABASE_URL ("" for SQLite)
  local label=$1 url=$2
  local data="$WORK/$label"
  mkdir -p "$data"
  export OPENKYC_DATA_DIR="$data" DATABASE_URL="$url"
  "$BIN" migrate --yes >/dev/null
  local key
  key=$("$BIN" tenants create --name "Bench" | python3 -c 'import json,sys; print(json.load(sys.stdin)["api_key"])')
  "$BIN" serve --port "$PORT" >"$data/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/livez" >/dev/null && break; sleep 0.2; done
  local session
  session=$(curl -sf -X POST "http://127.0.0.1:$PORT/session/create" -H "X-API-Key: $key" \
    -H 'Content-Type: application/json' -d '{"telegram_id":"status-bench"}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["session_id"])')
  run_wrk "$label: GET /livez (trivial route)" "http://127.0.0.1:$PORT/livez"
  run_wrk "$label: GET /session/{id}/status" "http://127.0.0.1:$PORT/session/$session/status"
  OPENKYC_BENCH_KEY=$key run_wrk "$label: POST /session/create" -s bench/create-session.lua "http://127.0.0.1:$PORT"
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s, release build, $(getconf _NPROCESSORS_ONLN) cores, $(date -u +%Y-%m-%d)"
echo
{
  bench_database sqlite ""
  bench_database postgres "postgres://postgres@127.0.0.1:$PG_PORT/postgres?sslmode=disable"
} | python3 -c '
import sys
rows = [line.rstrip("\n").split("|") for line in sys.stdin if "|" in line]
print("| run | requests/s | p99 latency | vs trivial route | non-2xx |")
print("|---|---:|---:|---:|---:|")
baseline = {}
for name, rps, p99, errors in rows:
    database = name.split(":")[0]
    rps = float(rps)
    baseline.setdefault(database, rps)
    print(f"| {name} | {rps:,.0f} | {p99} | {rps / baseline[database]:.2f}x | {errors} |")
'
