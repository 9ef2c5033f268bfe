#!/usr/bin/env bash
# Latency of `GET /api/events` under load: fills a DuckDB store with one million synthetic events, serves it with
# `dyad serve` (Release) on loopback and drives it with wrk (Debian package `wrk`), rotating over filtered queries
# (dyad + dates, actor + root, QuadClass + dates, CAMEO code, words, deep pages). Prints p50/p95/p99 and requests/s.
# Usage: bench/scripts/api-load.sh [SECONDS] [CONNECTIONS]   (default 20 s, 4 connections)
set -euo pipefail
seconds="${1:-20}"
connections="${2:-4}"
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "api-load: needs wrk (apt-get install wrk)" >&2; exit 2; }
dotnet build src/Dyad.Cli -c Release -v quiet -nologo >/dev/null
dotnet build bench/Dyad.Bench -c Release -v quiet -nologo >/dev/null
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet bench/Dyad.Bench/bin/Release/net10.0/Dyad.Bench.dll fill-store "$work/api.duckdb"
dotnet src/Dyad.Cli/bin/Release/net10.0/dyad.dll serve --db "$work/api.duckdb" --urls "http://127.0.0.1:$port" 2> "$work/serve.log" &
server=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/status" >/dev/null && break; sleep 0.2; done
cat "$work/serve.log" >&2

# Two mixes: structured filters (dyad, actor, root, QuadClass, code, dates, deep pages), and free words, which
# scan every reporting sentence (no full-text index) and so are timed apart.
write_script() {
  local file=$1; shift
  {
    echo "local paths = {"
    for p in "$@"; do echo "  \"$p\","; done
    cat <<'LUA'
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d in %.1f s: %.0f/s; errors %d\n", summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6), summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
LUA
  } > "$file"
}
write_script "$work/filters.lua" \
  "/api/events?source=USA&target=PER&from=2012-01-01&to=2012-12-31" \
  "/api/events?actor=USAGOV&root=04&limit=100" \
  "/api/events?quad=4&from=2015-03-01&to=2015-03-31" \
  "/api/events?code=190&source=ABA" \
  "/api/events?from=2018-01-01&to=2018-06-30&limit=500" \
  "/api/events?actor=PER&offset=2000" \
  "/api/events?target=PER&quad=1" \
  "/api/events"
write_script "$work/words.lua" "/api/events?text=event%204242" "/api/events?text=between%20USA&quad=3"

wrk -t1 -c2 -d3s -s "$work/filters.lua" "http://127.0.0.1:$port" >/dev/null
echo "== filters, $connections connections, ${seconds} s"
wrk -t1 -c"$connections" -d"${seconds}s" -s "$work/filters.lua" "http://127.0.0.1:$port" | tail -n 5
echo "== words, 1 connection, 10 s"
wrk -t1 -c1 -d10s -s "$work/words.lua" "http://127.0.0.1:$port" | tail -n 5
