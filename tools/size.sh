#!/usr/bin/env bash
# Prints the transfer size (gzip -9) of the built app, file by file, what
# opening the app downloads, and all of a first visit (the service worker
# keeps every file for offline use), against the 400 KB budget of DESIGN §9.
# With --check it fails when a first visit weighs more than the committed
# ceiling (tools/size-ceiling, in KB): the size may only go down unnoticed;
# lower the ceiling as it falls, never raise it silently.
set -euo pipefail
cd "$(dirname "$0")/../dist"
BUDGET=400
CEILING=$(tr -dc '0-9' < ../tools/size-ceiling)
page=0 worker=0 total=0
printf '%-44s %10s %10s\n' file raw gzip
for f in $(find . -type f | sort); do
  name=${f#./}
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  case "$name" in
    worker*) worker=$((worker + gz)) ;;
    sw.js|*.png) ;;
    *) page=$((page + gz)) ;;
  esac
  printf '%-44s %10d %10d\n' "$name" "$raw" "$gz"
done
printf 'opening the app (gzip): %d KB — budget %d KB (%d%%)\n' $((page / 1024)) $BUDGET $((page * 100 / (BUDGET * 1024)))
printf 'worker (planner and suggestions), fetched when first needed: %d KB\n' $((worker / 1024))
printf 'transfer size (gzip), a first visit in all (kept for offline use): %d KB — ceiling %d KB\n' $((total / 1024)) "$CEILING"
if [ "${1:-}" = "--check" ] && [ $((total / 1024)) -gt "$CEILING" ]; then
  echo "size check: the build grew above its ceiling ($((total / 1024)) KB > $CEILING KB, tools/size-ceiling)" >&2
  exit 1
fi
