#!/usr/bin/env bash
# A soak: the release server on loopback under a steady mix of requests for SOAK_SECONDS
# (default 600): start pages, a stylesheet, organisation pages, question screens, plan
# pages, plans and searches through the API, and the directory search form, in turn, from
# 32 connections. Every 30 s it notes the server's resident memory (VmRSS); at the end it
# prints the memory at the start, the middle and the end, and wrk's count of errors; then
# what the errors were (request and status, socket errors, the server's own warnings).
#
# Needs: the release build (bash .ci/build --release) and wrk (apt-get install wrk).
# Usage: scripts/soak.sh [OUT.md]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${SOAK_SECONDS:-600}
port=${SOAK_PORT:-28085}
base="http://127.0.0.1:$port"
source scripts/lib.sh
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
css=$(cd target/site && ls pkg/hulpwijzer.*.css)
start_server "$port"

cat >"$work/mix.lua" <<LUA
-- The mix, one request after the other on each connection.
local form = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Accept-Encoding"] = "br" }
local json = { ["Content-Type"] = "application/json", ["Accept-Encoding"] = "br" }
local page = { ["Accept-Encoding"] = "br" }
local mix = {
  wrk.format("GET", "/", page),
  wrk.format("GET", "/$css", page),
  wrk.format("GET", "/organisaties/csg", page),
  wrk.format("POST", "/hulp", form, "step=role&role=bystander&go=next"),
  wrk.format("POST", "/hulp", form,
    "role=victim&what=rape_or_assault&when=within_72h&place=3511+AB&step=needs&go=next"),
  wrk.format("POST", "/en/help", form,
    "role=relative&what=child_abuse&when=ongoing&island=bonaire&step=needs&go=next"),
  wrk.format("POST", "/api/v1/plan", json,
    '{"role": "bystander", "what": ["harassment"], "location": {"municipality": "Den Haag"}, "lang": "en"}'),
  wrk.format("POST", "/api/v1/search", json, '{"query": "verkrachitng", "lang": "nl"}'),
  wrk.format("POST", "/wegwijzer", form, "q=anoniem+praten&plaats=Kralendijk"),
}
local i = 0
request = function()
  i = i % #mix + 1
  return mix[i]
end
-- Every answer that is not 2xx or 3xx, counted by status, printed at the end (the server
-- logs the route of a 5xx).
failed = {}
response = function(status)
  if status >= 400 then failed[status] = (failed[status] or 0) + 1 end
end
local threads = {}
setup = function(thread) table.insert(threads, thread) end
done = function()
  for _, thread in ipairs(threads) do
    for key, n in pairs(thread:get("failed")) do
      io.stderr:write(string.format("status %d: %d times\n", key, n))
    end
  end
end
LUA

rss() { awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$server/status"; }
wrk -t2 -c32 -d"${seconds}s" --latency -s "$work/mix.lua" "$base" >"$work/wrk.txt" 2>"$work/failed.txt" &
load=$!
samples=()
elapsed=0
while kill -0 "$load" 2>/dev/null; do
  sleep 30
  elapsed=$((elapsed + 30))
  if kill -0 "$load" 2>/dev/null; then
    samples+=("$(rss)")
    echo "${elapsed}s: $(rss) MB" >&2
  fi
done
wait "$load"

requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
read -r rps _ p99 errors < <(wrk_figures <"$work/wrk.txt")
n=${#samples[@]}
table="| seconds | requests | requests/s | p99 | errors | RSS at 30 s | RSS at the middle | RSS at the end | highest |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| $seconds | $requests | $rps | $p99 | $errors | ${samples[0]} MB | ${samples[$((n / 2))]} MB | ${samples[$((n - 1))]} MB | $(printf '%s\n' "${samples[@]}" | sort -n | tail -1) MB |"
echo "$table"
if [ -n "${1:-}" ]; then echo "$table" >"$1"; fi
# What the errors were: answers by status, wrk's socket errors, and what the server logged.
cat "$work/failed.txt" >&2
grep -E "Socket errors|Non-2xx" "$work/wrk.txt" >&2 || true
grep -v '^$' "$work/server.log" | tail -20 >&2 || true
