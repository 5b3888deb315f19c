# Starts a throw-away PostgreSQL server on loopback for the tests. Sourced by scripts/test.
# Sets TEST_POSTGRES_URL; stop_postgres removes the cluster.

# With "durable" as the first argument the server keeps PostgreSQL's default durability (for
# benchmarks); otherwise fsync is off, which is safe for a throw-away test cluster and faster.
start_postgres() {
  local durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [ "${1:-}" = "durable" ] && durability=""
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found" >&2; return 1; }
  PG_DIR=$(mktemp -d /tmp/openkyc-pg.XXXXXX)
  # A free loopback port unless one is given, so a server already running here does not clash.
  PG_PORT=${OPENKYC_TEST_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
  # PostgreSQL refuses to run as root: run it as the postgres user when we are root.
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bindir/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync >/dev/null
  "${as[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR $durability -c max_connections=300" \
    start >/dev/null
  PG_CTL=("${as[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data")
  export TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres?sslmode=disable"
  echo "==> PostgreSQL running on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_CTL[@]}" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
