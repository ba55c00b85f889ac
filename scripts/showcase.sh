#!/usr/bin/env bash
# Regenerates results/showcase/: runs every ready experiment in experiments/ (not the sweeps),
# keeps its comparison.csv, the PNGs of two key charts (reduced with pngquant when available) and,
# except for the experiments in NO_REPORT, its report.html (every chart inline as SVG, about 1 MB
# each), so the whole showcase stays under 10 MB; plus the two charts the README shows, and GUI
# screenshots in normal and large text when xvfb-run is available.
# Usage: scripts/showcase.sh [--replications N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
extra=("$@")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out=results/showcase
NO_REPORT=" baseline difficult-customers " # one and two arms: their charts are in the richer experiments' reports
mkdir -p "$out"
for file in experiments/*.yaml; do
  if grep -q '^sweep:' "$file"; then continue; fi
  name="$(basename "$file" .yaml)"
  echo "== $name"
  ./loyaltylab run "$file" --out "$work/$name" --quiet "${extra[@]}"
  rm -rf "$out/$name"
  mkdir -p "$out/$name/charts"
  [[ "$NO_REPORT" == *" $name "* ]] || cp "$work/$name/report.html" "$out/$name/"
  cp "$work/$name/comparison.csv" "$out/$name/" 2>/dev/null || true
  for chart in active-customers comparison; do
    cp "$work/$name/charts/$chart.png" "$out/$name/charts/"
  done
  case "$name" in # the charts the README shows
    kind-vs-defensive) cp "$work/$name/charts/service-floor.png" "$out/$name/charts/" ;;
    service-recovery-paradox) cp "$work/$name/charts/recovery-by-lag.png" "$out/$name/charts/" ;;
  esac
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
