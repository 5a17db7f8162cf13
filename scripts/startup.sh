#!/usr/bin/env bash
# Start-up time and memory: starts the release server on a data folder, measures the time
# from the start of the process to its first answer (GET /healthz, asked every 5 ms), asks
# for a start page, a plan and a search, and reads the peak resident memory (VmHWM) the
# kernel kept for the process. Runs it RUNS times (default 5) and prints the median, for
# the search index in memory, kept in a folder at its first start (built there), and kept
# at later starts (opened).
#
# Needs: the release build (bash .ci/build --release).
# Usage: scripts/startup.sh [DATA_DIR]   (default: data, the real directory)
#   With 100,000 generated services:
#   cargo run --release -p hulpwijzer-bench -- generate --services 100000 --out /tmp/data-100k
#   scripts/startup.sh /tmp/data-100k
set -euo pipefail
cd "$(dirname "$0")/.."

data=${1:-data}
runs=${RUNS:-5}
port=${STARTUP_PORT:-28090}
base="http://127.0.0.1:$port"
source scripts/lib.sh

plan='{"role": "victim", "what": ["rape_or_assault"], "when": "within_72h", "location": {"postcode": "3511 AB"}, "lang": "nl"}'
search='{"query": "verkrachting", "lang": "nl"}'
now_ms() { date +%s%3N; }

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# One row: starts the server $runs times (more settings as NAME=value arguments; a
# command in $before runs before each start) and prints the medians.
row() {
  local label=$1
  shift
  local times=() peaks=()
  for run in $(seq "$runs"); do
    eval "${before:-:}"
    start=$(now_ms)
    start_server "$port" HULPWIJZER_DATA_DIR="$data" "$@"
    times+=($(($(now_ms) - start)))
    curl -fsS -o /dev/null "$base/"
    curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "$plan" "$base/api/v1/plan"
    curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "$search" "$base/api/v1/search"
    peaks+=($(awk '/^VmHWM:/ { print int($2 / 1024) }' "/proc/$server/status"))
    stop_server
  done
  echo "| $label | $(median "${times[@]}") ms | $(median "${peaks[@]}") MB |"
}

services=$(grep -rh '^\[\[service\]\]' "$data/organisations" | wc -l)
echo "$data: $services services; medians of $runs starts"
echo
echo "| search index | start to first answer | peak RSS |"
echo "| --- | ---: | ---: |"
row "in memory, built at every start"
index="$work/index"
before="rm -rf '$index'" row "kept in a folder, first start (built)" HULPWIJZER_INDEX_DIR="$index"
rm -rf "$index"
start_server "$port" HULPWIJZER_DATA_DIR="$data" HULPWIJZER_INDEX_DIR="$index"
stop_server
row "kept in a folder, later starts (opened)" HULPWIJZER_INDEX_DIR="$index"
