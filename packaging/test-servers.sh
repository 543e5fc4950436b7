#!/usr/bin/env bash
# Throwaway servers for the test suite, on loopback only, in a temp folder removed on exit.
#
# Run directly, it starts them, prints the variables to export, and waits (Ctrl-C stops them):
#   bash packaging/test-servers.sh
# Sourced (by packaging/with-test-servers.sh), it defines test_servers_start / test_servers_stop.
#
# PostgreSQL: installs the Debian `postgresql` package if missing (apt-get, as root or with
# sudo), then initdb's a private cluster owned by an unprivileged user (`postgres` when run as
# root, yourself otherwise) with durability off (fsync, full_page_writes, synchronous_commit),
# starts it with pg_ctl on a free 127.0.0.1 port and creates the app role `rolodex` (CREATEDB,
# CREATEROLE: team tests add colleagues' logins and a book's group roles; a random password:
# TCP logins are checked with scram-sha-256) and the database rolodex_test.
# Exports ROLODEX_TEST_PG_URL=postgresql://rolodex:PASSWORD@127.0.0.1:PORT/rolodex_test.
#
# Radicale (CardDAV): the `radicale` of the first Python that has it (TEST_SERVERS_PYTHON, this
# checkout's .venv, the main checkout's .venv, python3; the `test` extra installs it) on a free
# 127.0.0.1 port, collections in the temp folder, htpasswd auth (plain: no extra package) for
# the user `rolodex` with a random password; run as the caller, who owns the venv. Exports ROLODEX_TEST_CARDDAV_URL (the server root),
# ROLODEX_TEST_CARDDAV_USER and ROLODEX_TEST_CARDDAV_PASSWORD.
#
# Another server adds a _start_NAME / _stop_NAME pair below and one line
# in test_servers_start / test_servers_stop; each exports its own ROLODEX_TEST_* variable.

TEST_SERVERS_DIR=""
TEST_SERVERS_OWNER=""
TEST_PG_BIN=""
TEST_RADICALE_PID=""

_ts_log() { echo "test-servers: $*" >&2; }

_ts_as_owner() {
  # Run a command as the unprivileged owner of the servers (cwd: their folder, readable by it).
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$TEST_SERVERS_DIR" && runuser -u "$TEST_SERVERS_OWNER" -- "$@")
  else
    (cd "$TEST_SERVERS_DIR" && "$@")
  fi
}

_ts_apt_install() {
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { _ts_log "need root or sudo to install $*"; return 1; }
    sudo="sudo"
  fi
  _ts_log "installing $* (apt-get)"
  $sudo apt-get update -qq &&
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

_ts_find_pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ] && command -v initdb >/dev/null; then
    dir=$(dirname "$(command -v initdb)")
  fi
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && TEST_PG_BIN="$dir"
}

_ts_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

_start_postgres() {
  _ts_find_pg_bin || { _ts_apt_install postgresql && _ts_find_pg_bin; } ||
    { _ts_log "PostgreSQL (initdb, pg_ctl) not found"; return 1; }
  local data="$TEST_SERVERS_DIR/pg" password port tries=0
  password=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
  _ts_as_owner "$TEST_PG_BIN/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$TEST_SERVERS_DIR/initdb.log" 2>&1 ||
    { cat "$TEST_SERVERS_DIR/initdb.log" >&2; return 1; }
  # The local socket (trust) lives in the private folder only its owner can enter.
  cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$TEST_SERVERS_DIR'
fsync = off
full_page_writes = off
synchronous_commit = off
EOF
  while :; do
    port=$((20000 + RANDOM % 40000))
    tries=$((tries + 1))
    if ! _ts_port_in_use "$port" &&
      _ts_as_owner "$TEST_PG_BIN/pg_ctl" -D "$data" -l "$TEST_SERVERS_DIR/pg.log" -w -t 60 \
        -o "-p $port" start >/dev/null; then
      break
    fi
    [ "$tries" -ge 5 ] && { tail -n 20 "$TEST_SERVERS_DIR/pg.log" >&2; return 1; }
  done
  local psql=("$TEST_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$TEST_SERVERS_DIR" -p "$port" -U postgres)
  _ts_as_owner "${psql[@]}" -d postgres \
    -c "CREATE ROLE rolodex LOGIN CREATEDB CREATEROLE PASSWORD '$password'" \
    -c "CREATE DATABASE rolodex_test OWNER rolodex" || return 1
  export ROLODEX_TEST_PG_URL="postgresql://rolodex:$password@127.0.0.1:$port/rolodex_test"
  _ts_log "PostgreSQL $("$TEST_PG_BIN/postgres" -V | awk '{print $3}') on 127.0.0.1:$port"
}

_stop_postgres() {
  [ -n "$TEST_PG_BIN" ] && [ -f "$TEST_SERVERS_DIR/pg/postmaster.pid" ] &&
    _ts_as_owner "$TEST_PG_BIN/pg_ctl" -D "$TEST_SERVERS_DIR/pg" -m immediate -w stop >/dev/null 2>&1
  unset ROLODEX_TEST_PG_URL
  return 0
}

_ts_radicale_python() {
  local repo common candidate
  repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  common=$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir 2>/dev/null)
  for candidate in "${TEST_SERVERS_PYTHON:-}" "$repo/.venv/bin/python" \
    "${common:+$(dirname "$common")/.venv/bin/python}" python3; do
    [ -n "$candidate" ] && "$candidate" -c "import radicale" 2>/dev/null &&
      { echo "$candidate"; return 0; }
  done
  return 1
}

_ts_wait_http() {
  local tries=0
  while ! _ts_port_in_use "$1"; do
    tries=$((tries + 1))
    [ "$tries" -ge 100 ] && return 1
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.1
  done
}

_start_radicale() {
  local python dir="$TEST_SERVERS_DIR/radicale" password port tries=0
  python=$(_ts_radicale_python) ||
    { _ts_log "Radicale not found (pip install radicale, or the test extra)"; return 1; }
  password=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
  mkdir -p "$dir/collections"
  echo "rolodex:$password" >"$dir/users"
  while :; do
    port=$((20000 + RANDOM % 40000))
    tries=$((tries + 1))
    if ! _ts_port_in_use "$port"; then
      # As the caller (whose venv it is: the servers' owner may not be able to run it).
      "$python" -m radicale --server-hosts "127.0.0.1:$port" \
        --auth-type htpasswd --auth-htpasswd-filename "$dir/users" \
        --auth-htpasswd-encryption plain --auth-delay 0 --rights-type owner_only \
        --storage-filesystem-folder "$dir/collections" --logging-level warning \
        >>"$TEST_SERVERS_DIR/radicale.log" 2>&1 &
      TEST_RADICALE_PID=$!
      _ts_wait_http "$port" "$TEST_RADICALE_PID" && break
      kill "$TEST_RADICALE_PID" 2>/dev/null
    fi
    [ "$tries" -ge 5 ] && { tail -n 20 "$TEST_SERVERS_DIR/radicale.log" >&2; return 1; }
  done
  export ROLODEX_TEST_CARDDAV_URL="http://127.0.0.1:$port/"
  export ROLODEX_TEST_CARDDAV_USER=rolodex
  export ROLODEX_TEST_CARDDAV_PASSWORD="$password"
  _ts_log "Radicale $("$python" -c 'import radicale; print(radicale.VERSION)') on 127.0.0.1:$port"
}

_stop_radicale() {
  if [ -n "${TEST_RADICALE_PID:-}" ]; then
    kill "$TEST_RADICALE_PID" 2>/dev/null && wait "$TEST_RADICALE_PID" 2>/dev/null
    TEST_RADICALE_PID=""
  fi
  unset ROLODEX_TEST_CARDDAV_URL ROLODEX_TEST_CARDDAV_USER ROLODEX_TEST_CARDDAV_PASSWORD
  return 0
}

test_servers_start() {
  TEST_SERVERS_DIR=$(mktemp -d "${TMPDIR:-/tmp}/rolodex-test-servers.XXXXXX") || return 1
  TEST_SERVERS_OWNER=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then
    TEST_SERVERS_OWNER=postgres
    id postgres >/dev/null 2>&1 || _ts_apt_install postgresql || return 1
    chown "$TEST_SERVERS_OWNER" "$TEST_SERVERS_DIR"
  fi
  chmod 700 "$TEST_SERVERS_DIR"
  _start_postgres && _start_radicale
}

test_servers_stop() {
  [ -n "$TEST_SERVERS_DIR" ] || return 0
  _stop_postgres
  _stop_radicale
  rm -rf "$TEST_SERVERS_DIR"
  TEST_SERVERS_DIR=""
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -uo pipefail
  trap test_servers_stop EXIT
  trap 'exit 130' INT TERM HUP
  test_servers_start || exit 1
  echo "export ROLODEX_TEST_PG_URL='$ROLODEX_TEST_PG_URL'"
  echo "export ROLODEX_TEST_CARDDAV_URL='$ROLODEX_TEST_CARDDAV_URL'"
  echo "export ROLODEX_TEST_CARDDAV_USER='$ROLODEX_TEST_CARDDAV_USER'"
  echo "export ROLODEX_TEST_CARDDAV_PASSWORD='$ROLODEX_TEST_CARDDAV_PASSWORD'"
  _ts_log "running; Ctrl-C stops the servers and removes $TEST_SERVERS_DIR"
  while :; do sleep 3600 & wait $!; done  # wait (not sleep) so a signal stops us at once
fi
