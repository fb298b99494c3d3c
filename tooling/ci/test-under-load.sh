#!/usr/bin/env bash
# Runs the README's test command on fresh clones of this repository's HEAD while stress-ng keeps
# every core busy, the way a shared CI machine or a developer's busy laptop would. The suite must
# pass like this: a test that only passes on an idle machine waits for time, not for state.
#
#   bash tooling/ci/test-under-load.sh [RUNS] [REF]   (default 3 runs of HEAD; needs Debian's stress-ng)
#
# Each run: `git clone` of REF (resolved once, so every run tests the same commit) into a temporary folder, then `CI=true bash .ci/run` there with
# `stress-ng --cpu $(nproc) --timeout 0` beside it. Prints one line per run and exits non-zero if
# any run failed. Logs stay in $LOAD_LOG_DIR (default /tmp/tickets-under-load).
set -uo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
logs="${LOAD_LOG_DIR:-/tmp/tickets-under-load}"
mkdir -p "$logs"
command -v stress-ng >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq stress-ng; }
repo=$(pwd)
head=$(git rev-parse --short "${2:-HEAD}")
stress-ng --cpu "$(nproc)" --timeout 0 --quiet &
stress=$!
trap 'kill "$stress" 2>/dev/null' EXIT
failed=0
for run in $(seq 1 "$runs"); do
  dir=$(mktemp -d /tmp/tickets-clone-XXXXXX)
  git clone -q "$repo" "$dir" && git -C "$dir" checkout -q "$head"
  started=$(date +%s)
  (cd "$dir" && CI=true bash .ci/run) >"$logs/run-$run.log" 2>&1
  status=$?
  took=$(( $(date +%s) - started ))
  summary=$(grep -E '^Tests: ' "$logs/run-$run.log" | tail -n 1)
  echo "run $run of $head under stress-ng --cpu $(nproc): exit $status in ${took} s; ${summary:-no summary} (log: $logs/run-$run.log)"
  [ "$status" -eq 0 ] || failed=1
  rm -rf "$dir"
done
exit "$failed"
