#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server for the test suite, from the machine's own
# binaries, inside a folder you give it; prints its DATABASE_URL on stdout (and
# nothing else: progress goes to stderr).
#
#   Start:  url=$(scripts/start-test-postgres.sh /tmp/pg-test)
#           DATABASE_URL=$url npm test
#   Stop:   scripts/start-test-postgres.sh --stop /tmp/pg-test    (stops it, deletes the folder)
#
# The folder must not exist yet or be empty; its parent must be one the postgres
# user can enter (anything under /tmp is). Inside it: data/, sock/ (the Unix
# socket, so it never clashes with a system server's /var/run/postgresql),
# postgres.log and port.
#
# As root the server runs as the `postgres` OS user (initdb refuses to run as
# root); as anyone else it runs as you. It listens on 127.0.0.1 only, on a free
# port, with trust authentication and durability switched off: it is for tests,
# never for data you want to keep.
#
# Environment: PG_BIN (default /usr/lib/postgresql/15/bin), PG_PORT (default: a free port).
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

usage() {
  sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 64
}

log() { echo "start-test-postgres: $*" >&2; }

# Runs a command as the user who owns the server: postgres when we are root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  # Asking the kernel for port 0 is the only race-free-enough way without extra tools.
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})" 2>/dev/null ||
    python3 -c "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1]);s.close()"
}

stop() {
  local dir=$1
  [ -d "$dir" ] || return 0
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

start() {
  local dir=$1
  if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
    log "$dir is not empty; give a new folder (or stop the server that uses it with --stop)"
    exit 1
  fi
  for tool in initdb pg_ctl pg_isready; do
    [ -x "$PG_BIN/$tool" ] || { log "$PG_BIN/$tool not found (install postgresql-15 or set PG_BIN)"; exit 1; }
  done

  mkdir -p "$dir/sock"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { log "there is no postgres OS user to run the server as"; exit 1; }
    chown -R postgres: "$dir"
  fi
  chmod 700 "$dir"

  local port=${PG_PORT:-$(free_port)}
  echo "$port" >"$dir/port"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/port"

  log "initdb in $dir/data"
  as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    exit 1
  }

  log "starting on 127.0.0.1:$port"
  # fsync & co. off: a test database that dies with the machine costs nothing, and it halves test time.
  local opts="-c listen_addresses=127.0.0.1 -p $port -k $dir/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
  if ! as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -o "$opts" -w -t 60 start >/dev/null; then
    log "the server did not start; its log:"
    cat "$dir/postgres.log" >&2 || true
    exit 1
  fi

  local tries=0
  until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; do
    tries=$((tries + 1))
    if [ "$tries" -ge 60 ]; then
      log "pg_isready never answered; the server's log:"
      cat "$dir/postgres.log" >&2 || true
      exit 1
    fi
    sleep 0.5
  done
  log "ready"
  echo "postgres://postgres@127.0.0.1:$port/postgres"
}

case "${1:-}" in
  --stop) [ $# -eq 2 ] || usage; stop "$2" ;;
  -h | --help | '') usage ;;
  -*) usage ;;
  *) [ $# -eq 1 ] || usage; start "$1" ;;
esac
