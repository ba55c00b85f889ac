#!/usr/bin/env bash
# Submits a Loyalty Lab sweep to SLURM: an array of N shard tasks, then a merge job that runs
# when all of them succeeded. Prints the two job ids. Run from the project directory.
# usage: scripts/slurm/submit.sh FILE OUT N [--set key=value ...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
file="$1"; out="$2"; shards="$3"; shift 3
mkdir -p "$out"
"${LOYALTYLAB:-./loyaltylab}" validate "$file" >/dev/null
array=$(sbatch --parsable --array=0-$((shards - 1)) --chdir="$PWD" --output="$out/slurm-%A_%a.out" \
  "$here/sweep.sbatch" "$file" "$out" "$shards" "$@")
merge=$(sbatch --parsable --dependency=afterok:"$array" --chdir="$PWD" --output="$out/slurm-merge-%j.out" \
  "$here/merge.sbatch" "$out" "$shards" "$@")
echo "array job $array, merge job $merge; merged tables will be in $out/merged"
