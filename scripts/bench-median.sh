#!/usr/bin/env bash
# Runs `loyaltylab bench --json` N times (default 5) and prints the median and range of each
# figure, the ratios first (each measured within one run, so they are the figures to compare
# across machines and loads). Any further arguments go to `bench` (e.g. --customers 20000
# --days 730, or --naive). Set LOYALTYLAB=path to time another launcher or build.
# Usage: scripts/bench-median.sh [N] [bench options...]
#   e.g. scripts/bench-median.sh 5
#        scripts/bench-median.sh 5 --customers 20000 --days 730
#        scripts/bench-median.sh 5 --naive
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=5
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then runs=$1; shift; fi
launcher="${LOYALTYLAB:-./loyaltylab}"
lines="$(mktemp)"; trap 'rm -f "$lines"' EXIT
echo "bench $* --json, $runs runs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for i in $(seq "$runs"); do
  "$launcher" bench "$@" --json | tail -n 1 >> "$lines"
  echo "  run $i of $runs done" >&2
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
python3 - "$lines" <<'PY'
import json, statistics, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
keys = [k for k in rows[0] if isinstance(rows[0][k], (int, float))]
keys.sort(key=lambda k: (0 if "ratio" in k else 1))
print(f"{'figure':32} {'median':>14} {'min':>14} {'max':>14}   ({len(rows)} runs)")
for k in keys:
    v = [r[k] for r in rows]
    print(f"{k:32} {statistics.median(v):14.4g} {min(v):14.4g} {max(v):14.4g}")
PY
