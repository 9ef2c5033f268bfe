#!/usr/bin/env bash
# Does storing cost much? Codes the first N Reuters-21578 files from ../shared with `dyad code` (events to
# /dev/null) and then with `dyad ingest` into a fresh store, Release build, and prints both wall times, peak
# memory and the ratio of throughputs (issue #6 asks ingest >= 80 % of code).
# Usage: bench/scripts/ingest-throughput.sh [FILES] [DB]   (default 3 files, a fresh DuckDB file; DB may be postgres://…)
set -euo pipefail
files="${1:-3}"
cd "$(dirname "$0")/../.."
dotnet build src/Dyad.Cli -c Release -v quiet -nologo >/dev/null
dyad="src/Dyad.Cli/bin/Release/net10.0/dyad.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t inputs < <(ls ../shared/reuters-21578/*.sgm | sort | head -n "$files")
db="${2:-$work/bench.duckdb}"

start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/code.rss" dotnet "$dyad" code "${inputs[@]}" > /dev/null 2> "$work/code.err"
code_s=$(echo "$(date +%s.%N) - $start" | bc)

start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/ingest.rss" dotnet "$dyad" ingest "${inputs[@]}" --db "$db" --json > "$work/ingest.json" 2> "$work/ingest.err"
ingest_s=$(echo "$(date +%s.%N) - $start" | bc)

python3 - "$work" "$code_s" "$ingest_s" <<'PY'
import json, sys
work, code_s, ingest_s = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
r = json.load(open(f"{work}/ingest.json"))
sentences = r["sentences"]
code_rss = int(open(f"{work}/code.rss").read().split()[-1]) // 1024
ingest_rss = int(open(f"{work}/ingest.rss").read().split()[-1]) // 1024
print(f"stories stored {r['articles_stored']}, sentences {sentences}, event reports {r['mentions']}, events {r['store_events']}")
print(f"dyad code:   {code_s:6.1f} s wall  {sentences / code_s:7.0f} sentences/s  peak RSS {code_rss} MB")
print(f"dyad ingest: {ingest_s:6.1f} s wall  {sentences / ingest_s:7.0f} sentences/s  peak RSS {ingest_rss} MB")
print(f"ingest / code throughput: {100 * code_s / ingest_s:.0f} %")
PY
