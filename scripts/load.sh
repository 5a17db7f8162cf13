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

# A wrk script for one request: Accept-Encoding $1 (none when empty), and for a POST the
# body $3 of content type $2. Headers go in the script: wrk drops a `-H Name:value`
# written without a space after the colon, and with the space the shell would split it
# (until 2026-12-04 the "(br)" rows were sent without it, so measured uncompressed pages).
request_script() {
  local file
  file="$work/request$RANDOM.lua"
  {
    if [ -n "$1" ]; then printf 'wrk.headers["Accept-Encoding"] = "%s"\n' "$1"; fi
    if [ -n "${2:-}" ]; then
      printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "%s"\nwrk.body = [[%s]]\n' "$2" "$3"
    fi
  } >"$file"
  echo "$file"
}
plan_form='role=victim&what=rape_or_assault&when=within_72h&place=3511+AB&step=needs&go=next'
plan_json='{"role": "victim", "what": ["rape_or_assault"], "when": "within_72h", "location": {"postcode": "3511 AB"}, "lang": "nl"}'
form=(application/x-www-form-urlencoded "$plan_form")
json=(application/json "$plan_json")

# Each row: label | path | encoding asked for | wrk script. Any answer but 2xx or 3xx
# counts as an error.
rows=(
  "GET /healthz|/healthz||$(request_script "")"
  "GET /pkg/ stylesheet (br)|/$css|br|$(request_script br)"
  "GET / start page (br)|/|br|$(request_script br)"
  "GET / start page (identity)|/||$(request_script "")"
  "POST /hulp plan page (br)|/hulp|br|$(request_script br "${form[@]}")"
  "POST /api/v1/plan (br)|/api/v1/plan|br|$(request_script br "${json[@]}")"
  "POST /api/v1/plan (identity)|/api/v1/plan||$(request_script "" "${json[@]}")"
)

# The encoding a row's answer comes in (empty: none), asked once the way wrk asks.
answer_encoding() { # path script
  local method=GET type= body=
  if grep -q 'wrk.method = "POST"' "$2"; then
    method=POST
    type=$(sed -n 's/^wrk.headers\["Content-Type"\] = "\(.*\)"$/\1/p' "$2")
    body=$(sed -n 's/^wrk.body = \[\[\(.*\)\]\]$/\1/p' "$2")
  fi
  local encoding
  encoding=$(sed -n 's/^wrk.headers\["Accept-Encoding"\] = "\(.*\)"$/\1/p' "$2")
  curl -s -o /dev/null -D - -X "$method" ${encoding:+-H "Accept-Encoding: $encoding"} \
    ${type:+-H "Content-Type: $type" --data-raw "$body"} "$base$1" |
    tr -d '\r' | sed -n 's/^content-encoding: //Ip'
}

table="| row | requests/s | share of healthz | p50 | p99 | errors |
| --- | ---: | ---: | ---: | ---: | ---: |"
healthz_rps=
for row in "${rows[@]}"; do
  IFS='|' read -r label path encoding script <<<"$row"
  got=$(answer_encoding "$path" "$script")
  if [ "$got" != "$encoding" ]; then
    echo "$label: the answer came as '${got:-identity}', not '${encoding:-identity}'" >&2
    exit 1
  fi
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$script" "$base$path")
  read -r rps p50 p99 errors < <(wrk_figures <<<"$out")
  healthz_rps=${healthz_rps:-$rps}
  share=$(awk -v a="$rps" -v b="$healthz_rps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
  table+=$'\n'"| $label | $rps | $share | $p50 | $p99 | $errors |"
  echo "$label: $rps/s ($share), p99 $p99, $errors errors" >&2
done

echo "$table"
if [ -n "${1:-}" ]; then echo "$table" >"$1"; fi
