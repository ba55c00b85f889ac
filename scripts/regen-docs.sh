#!/usr/bin/env bash
# Regenerates the tables that docs embed from the registries (the tests ParameterDocsTest and
# MetricDocsTest keep them equal): docs/MODEL.md's parameter table and README's column tables.
# Usage: scripts/regen-docs.sh   (builds the jar first if needed, through ./loyaltylab)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
embed() { # FILE MARKER GENERATED-FILE: replaces the text between <!-- MARKER:begin --> and <!-- MARKER:end -->
  awk -v begin="<!-- $2:begin -->" -v end="<!-- $2:end -->" -v gen="$3" '
    $0 == begin { print; while ((getline line < gen) > 0) print line; skip = 1; next }
    index($0, end) == 1 { skip = 0 }
    !skip { print }' "$1" > "$1.tmp" && mv "$1.tmp" "$1"
}
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
./loyaltylab params --format markdown > "$tmp/params.md"
./loyaltylab metrics --format markdown > "$tmp/metrics.md"
embed docs/MODEL.md params "$tmp/params.md"
embed README.md metrics "$tmp/metrics.md"
