#!/usr/bin/env bash
# Submits a Loyalty Lab worlds run (run FILE --worlds W) to SLURM: an array of N shard tasks, then
# the merge job (merge.sbatch, as for sweeps) that runs when all of them succeeded. Prints the two
# job ids. Run from the project directory.
# usage: scripts/slurm/submit-worlds.sh FILE OUT N W [--set key=value ...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
file="$1"; out="$2"; shards="$3"; worlds="$4"; shift 4
mkdir -p "$out"
"${LOYALTYLAB:-./loyaltylab}" validate "$file" >/dev/null
array=$(sbatch --parsable --array=0-$((shards - 1)) --chdir="$PWD" --output="$out/slurm-%A_%a.out" \
  "$here/worlds.sbatch" "$file" "$out" "$shards" "$worlds" "$@")
merge=$(sbatch --parsable --dependency=afterok:"$array" --chdir="$PWD" --output="$out/slurm-merge-%j.out" \
  "$here/merge.sbatch" "$out" "$shards" "$@")
echo "array job $array, merge job $merge; merged worlds will be in $out/merged"
