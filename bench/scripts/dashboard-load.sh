#!/usr/bin/env bash
# How fast does the dashboard's first view appear? Serves a store with `dyad serve` (Release build) on loopback,
# opens the dashboard in headless Chromium N times (each in a fresh profile, so nothing is cached) and prints the
# time from navigation to every view drawn (map shaded, timeline, latest events), as the page itself measures it.
# Target (issue #7): under 1 s on loopback.
# Usage: bench/scripts/dashboard-load.sh [RUNS] [DB] [QUERY]   (default 5 runs, the samples ingested into a fresh store)
set -euo pipefail
runs="${1:-5}"
query="${3:-}"
cd "$(dirname "$0")/../.."
command -v /usr/bin/chromium >/dev/null || { echo "needs Debian's chromium package" >&2; exit 2; }
dotnet build src/Dyad.Cli -c Release -v quiet -nologo >/dev/null
dyad="src/Dyad.Cli/bin/Release/net10.0/dyad.dll"
work=$(mktemp -d)
server=""
browser=""
cleanup() {
  [ -n "$browser" ] && kill "$browser" 2>/dev/null || true
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
db="${2:-$work/bench.duckdb}"
if [ -z "${2:-}" ]; then
  dotnet "$dyad" ingest samples/articles samples/feeds samples/html --db "$db" 2>/dev/null >/dev/null
fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
dotnet "$dyad" serve --db "$db" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/api/status" >/dev/null && break; sleep 0.1; done

for run in $(seq 1 "$runs"); do
  debug=$(free_port)
  /usr/bin/chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/profile-$run" \
    --remote-debugging-port="$debug" about:blank >/dev/null 2>&1 &
  browser=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$debug/json/version" >/dev/null && break; sleep 0.1; done
  # Drives the tab over the DevTools protocol: navigate, wait for body[data-ready], read the page's own timing.
  node --experimental-websocket --no-warnings - "$debug" "http://127.0.0.1:$port/$query" <<'JS'
const [debug, url] = process.argv.slice(2);
const tabs = await (await fetch(`http://127.0.0.1:${debug}/json/list`)).json();
const ws = new WebSocket(tabs.find((t) => t.type === 'page').webSocketDebuggerUrl);
let id = 0;
const pending = new Map();
ws.onmessage = (m) => { const d = JSON.parse(m.data); pending.get(d.id)?.(d.result); };
const send = (method, params = {}) => new Promise((resolve) => { pending.set(++id, resolve); ws.send(JSON.stringify({ id, method, params })); });
await new Promise((resolve) => { ws.onopen = resolve; });
await send('Page.enable');
await send('Page.navigate', { url });
const deadline = Date.now() + 30000;
for (;;) {
  const r = await send('Runtime.evaluate', { expression: 'document.body && document.body.dataset.readyMs || ""', returnByValue: true });
  if (r?.result?.value) { console.log(`load: ${r.result.value} ms`); break; }
  if (Date.now() > deadline) { console.log('load: not ready after 30 s'); break; }
  await new Promise((resolve) => setTimeout(resolve, 10));
}
ws.close();
JS
  kill "$browser" 2>/dev/null || true
  wait "$browser" 2>/dev/null || true
  browser=""
done
