#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the storage tests and prints the connection string.
# Usage: source-free; `eval "$(.ci/postgres.sh start DIR)"` exports DYAD_TEST_POSTGRES; `.ci/postgres.sh stop DIR`.
# Installs Debian's postgresql package when no server binaries are found (needs root and the Debian mirror).
set -euo pipefail
action=${1:?start|stop}
dir=${2:?data folder}
port=${DYAD_PG_PORT:-55432}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ "$action" = stop ]; then
  [ -n "$bindir" ] && [ -d "$dir/data" ] && run_as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; } \
    && run_as "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  exit 0
fi

if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "postgres: installing Debian's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

run_as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
mkdir -p "$dir"
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
if [ ! -f "$dir/data/PG_VERSION" ]; then
  run_as "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
run_as "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
run_as "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -Atqc "SELECT 1 FROM pg_database WHERE datname='dyad'" | grep -q 1 \
  || run_as "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres dyad
echo "export DYAD_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=dyad'"
