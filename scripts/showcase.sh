#!/usr/bin/env bash
# Regenerates results/showcase/: runs every ready experiment in experiments/ (not the sweeps),
# keeps each one's report.html (every chart, inline as SVG) and the PNGs of five key charts (reduced
# with pngquant when available, so the whole showcase stays under 10 MB), and GUI screenshots in
# normal and large text when xvfb-run is available.
# Usage: scripts/showcase.sh [--replications N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
extra=("$@")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out=results/showcase
mkdir -p "$out"
for file in experiments/*.yaml; do
  if grep -q '^sweep:' "$file"; then continue; fi
  name="$(basename "$file" .yaml)"
  echo "== $name"
  ./loyaltylab run "$file" --out "$work/$name" --quiet "${extra[@]}"
  rm -rf "$out/$name"
  mkdir -p "$out/$name/charts"
  cp "$work/$name/report.html" "$work/$name/comparison.csv" "$out/$name/" 2>/dev/null || cp "$work/$name/report.html" "$out/$name/"
  for chart in active-customers comparison churn-reasons recovery-by-lag service-floor; do
    cp "$work/$name/charts/$chart.png" "$out/$name/charts/"
  done
  rm -rf "$work/$name"
done
if command -v pngquant >/dev/null 2>&1; then
  pngquant --quality=60-90 --speed 1 --force --ext .png "$out"/*/charts/*.png
else
  echo "pngquant not found: PNGs left as drawn (apt-get install pngquant to shrink them)"
fi
if command -v xvfb-run >/dev/null 2>&1; then
  for size in normal large; do
    flag=(); [ "$size" = large ] && flag=(--large-text)
    xvfb-run -a -s "-screen 0 1920x1080x24" env LOYALTYLAB_HEADLESS=false ./loyaltylab gui \
      experiments/kind-vs-defensive.yaml "${flag[@]+"${flag[@]}"}" --screenshot "$work/gui-$size.png" --days 200 >/dev/null
  done
  cp "$work/gui-normal.png" "$out/gui-kind-vs-defensive.png"
  cp "$work/gui-large.png" "$out/gui-kind-vs-defensive-large.png"
  command -v pngquant >/dev/null 2>&1 && pngquant --quality=60-90 --force --ext .png "$out"/gui-kind-vs-defensive*.png
fi
du -sh "$out"
