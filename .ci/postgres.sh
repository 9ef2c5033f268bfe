#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the storage tests.
#   eval "$(.ci/postgres.sh start DIR)"   starts it (data in DIR) and prints `export DYAD_TEST_POSTGRES=...`
#   .ci/postgres.sh stop DIR               stops it
# Installs Debian's postgresql package when no server binaries are found (needs root and the Debian mirror).
# The port is DYAD_PG_PORT, else a free one.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?data folder}

server_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
# The server refuses to run as root; CI runs as root, a developer usually does not.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

bindir=$(server_bin || true)
if [ "$action" = stop ]; then
  if [ -n "$bindir" ] && [ -f "$dir/data/PG_VERSION" ]; then
    as_postgres "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  exit 0
fi

if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "postgres: installing Debian's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bindir=$(server_bin)
fi

port=${DYAD_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
mkdir -p "$dir"
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
if [ ! -f "$dir/data/PG_VERSION" ]; then
  as_postgres "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
# fsync off: the data is thrown away after the tests, and the tests kill clients, not the server.
as_postgres "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
as_postgres "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres dyad
echo "export DYAD_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=dyad'"
