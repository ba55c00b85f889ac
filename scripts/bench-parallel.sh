#!/usr/bin/env bash
# Re-measures how much of the machine a parallel sweep uses (README, "Parallel runs").
# usage: scripts/bench-parallel.sh [ROUNDS] [OTHER_JAR]
#   Runs `./loyaltylab bench --parallel --json` with ROUNDS rounds (default 5); with OTHER_JAR
#   (for instance a jar built from main), then times that jar's sweep the same way, right after.
#   Measure on a quiet machine: `uptime` should show a load under 0.5 before you start.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
uptime
"$here/loyaltylab" bench --parallel --json --rounds "$rounds"
if [ -n "${2:-}" ]; then
  uptime
  "$here/loyaltylab" bench --parallel --json --rounds "$rounds" --sweep-jar "$2"
fi
uptime
