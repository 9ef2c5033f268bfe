#!/usr/bin/env bash
# Do `dyad parse` and `dyad code` stream? Builds JSON-lines corpora of growing size from the Reuters-21578
# bodies in ../shared (stories repeated with a counter so that every line is a distinct article), runs the
# command over each with the Release build and prints wall time and peak resident memory. Flat memory across
# sizes = streaming.
# Usage: bench/scripts/stream-memory.sh parse|code [MB...]   (default: 10 40)
set -euo pipefail
command="${1:?usage: stream-memory.sh parse|code [MB...]}"
shift
cd "$(dirname "$0")/../.."
dotnet build src/Dyad.Cli -c Release -v quiet -nologo >/dev/null
dyad="src/Dyad.Cli/bin/Release/net10.0/dyad.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for mb in "${@:-10 40}"; do
  for size in $mb; do
    python3 - "$size" "$work/corpus-$size.jsonl" <<'PY'
import json, re, sys, glob, html
target = int(sys.argv[1]) * 1024 * 1024
bodies = []
for path in sorted(glob.glob('../shared/reuters-21578/*.sgm')):
    text = open(path, encoding='latin-1').read()
    bodies += [html.unescape(b) for b in re.findall(r'<BODY>(.*?)</BODY>', text, re.S)]
written, n = 0, 0
with open(sys.argv[2], 'w') as out:
    while written < target:
        line = json.dumps({"id": f"r{n}", "text": bodies[n % len(bodies)] + f"\n\nStory {n}."}) + "\n"
        out.write(line); written += len(line); n += 1
PY
    /usr/bin/time -f "$command $size MB: %e s wall, peak RSS %M KB" dotnet "$dyad" "$command" "$work/corpus-$size.jsonl" > /dev/null
  done
done
