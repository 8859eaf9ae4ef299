#!/usr/bin/env bash
# Prints the transfer size (gzip -9) of the built app, file by file and in
# total, against the 400 KB budget of DESIGN §9. It prints; it does not fail
# the build (the budget is watched, not a flaky gate).
set -euo pipefail
cd "$(dirname "$0")/../dist"
BUDGET=$((400 * 1024))
total=0
printf '%-44s %10s %10s\n' file raw gzip
for f in $(find . -type f | sort); do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '%-44s %10d %10d\n' "${f#./}" "$raw" "$gz"
done
printf 'transfer size (gzip): %d bytes = %d KB of a %d KB budget (%d%%)\n' "$total" $((total / 1024)) $((BUDGET / 1024)) $((total * 100 / BUDGET))
