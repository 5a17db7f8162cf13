#!/usr/bin/env bash
# Serving speed, measured as ratios in one run: starts the release server on loopback and
# loads each row with wrk (64 connections, 2 threads, LOAD_SECONDS each, default 20), one
# row after the other, so that every row meets the same machine. Each row's requests per
# second is also given as a share of GET /healthz in the same run: the noise of a shared
# machine mostly cancels out of the ratio. Prints a Markdown table (and writes it to the
# file named by the first argument, if any).
#
# Needs: the release build (bash .ci/build --release) and wrk (apt-get install wrk).
# Usage: scripts/load.sh [OUT.md]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${LOAD_SECONDS:-20}
connections=${LOAD_CONNECTIONS:-64}
port=${LOAD_PORT:-28080}
base="http://127.0.0.1:$port"
source scripts/lib.sh
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
css=$(cd target/site && ls pkg/hulpwijzer.*.css)
# As deployed (deploy/Containerfile): the search index and the directory's texts kept in a
# folder, so the texts are read from their mapped file.
start_server "$port" HULPWIJZER_INDEX_DIR="$work/index"

# A wrk script for a POST of $2 (content type $1).
post_script() {
  local file
  file="$work/post$RANDOM.lua"
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "%s"\nwrk.body = [[%s]]\n' "$1" "$2" >"$file"
  echo "$file"
}
plan_form='role=victim&what=rape_or_assault&when=within_72h&place=3511+AB&step=needs&go=next'
plan_json='{"role": "victim", "what": ["rape_or_assault"], "when": "within_72h", "location": {"postcode": "3511 AB"}, "lang": "nl"}'
form_lua=$(post_script application/x-www-form-urlencoded "$plan_form")
json_lua=$(post_script application/json "$plan_json")

# Each row: label | path | wrk arguments. Any answer but 2xx or 3xx counts as an error.
rows=(
  "GET /healthz|/healthz|"
  "GET /pkg/ stylesheet (br)|/$css|-H Accept-Encoding:br"
  "GET / start page (br)|/|-H Accept-Encoding:br"
  "GET / start page (identity)|/|"
  "POST /hulp plan page (br)|/hulp|-H Accept-Encoding:br -s $form_lua"
  "POST /api/v1/plan (br)|/api/v1/plan|-H Accept-Encoding:br -s $json_lua"
  "POST /api/v1/plan (identity)|/api/v1/plan|-s $json_lua"
)

table="| row | requests/s | share of healthz | p50 | p99 | errors |
| --- | ---: | ---: | ---: | ---: | ---: |"
healthz_rps=
for row in "${rows[@]}"; do
  IFS='|' read -r label path args <<<"$row"
  # shellcheck disable=SC2086 # the arguments are split on purpose
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency $args "$base$path")
  read -r rps p50 p99 errors < <(wrk_figures <<<"$out")
  healthz_rps=${healthz_rps:-$rps}
  share=$(awk -v a="$rps" -v b="$healthz_rps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
  table+=$'\n'"| $label | $rps | $share | $p50 | $p99 | $errors |"
  echo "$label: $rps/s ($share), p99 $p99, $errors errors" >&2
done

echo "$table"
if [ -n "${1:-}" ]; then echo "$table" >"$1"; fi
