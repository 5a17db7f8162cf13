#!/usr/bin/env bash
# Fuzzing with cargo-fuzz (libFuzzer, AddressSanitizer, debug assertions on): the place
# parsers, the plan request JSON, the questionnaire form body, the search query and the
# data loader, each on the real data in data/. The fuzz crate (fuzz/) is a workspace of its
# own built with a nightly toolchain; the rest of the project stays on stable.
#
# Installs what is missing: a nightly toolchain (or, where none can be had, the stable one
# with RUSTC_BOOTSTRAP=1) and cargo-fuzz. Builds at nice 10 and fuzzes at nice 19, one
# target after the other, each for SECONDS (default 600). The corpus in fuzz/corpus/TARGET
# is kept in git: after a run it is minimised (`cargo fuzz cmin`). A crash is written to
# fuzz/artifacts/TARGET/; reproduce it with `cargo +nightly fuzz run -a TARGET FILE` and
# turn it into a test in the crate where the bug was. The log of each run is in
# fuzz/target/logs/TARGET.log.
#
# Usage: scripts/fuzz.sh [TARGET|all] [SECONDS]
# Targets: place plan_json form_body search_query data_loader
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

all=(place plan_json form_body search_query data_loader)
target=${1:-all}
seconds=${2:-600}
if [[ $target == all ]]; then
    targets=("${all[@]}")
elif [[ " ${all[*]} " == *" $target "* ]]; then
    targets=("$target")
else
    echo "unknown target $target; one of: ${all[*]} (or all)" >&2
    exit 2
fi

# The longest input each target is given: the API's body limit (16 KiB) for the JSON and
# form bodies, above the largest organisation file (43 KB) for the data loader, above the
# longest place (200 characters) and query (the filter bytes, 200 characters and a
# typed place) for the place and the search.
max_len() {
    case $1 in
        place) echo 1024 ;;
        plan_json | form_body) echo 16384 ;;
        search_query) echo 2048 ;;
        data_loader) echo 65536 ;;
    esac
}

# Seeds read besides the corpus (never written): the real organisation files.
extra_seeds() {
    case $1 in
        data_loader) echo "$root/data/organisations" ;;
    esac
}

# A nightly toolchain for the fuzz crate only: -Zsanitizer and the coverage instrumentation
# cargo-fuzz asks for are nightly flags.
if cargo +nightly --version >/dev/null 2>&1; then
    cargo=(cargo +nightly)
elif rustup toolchain install nightly --profile minimal >/dev/null 2>&1; then
    cargo=(cargo +nightly)
else
    # No nightly can be installed (no toolchain downloads from this machine): the stable
    # compiler accepts the nightly flags when told it builds the compiler itself. Used
    # here only, for the fuzz crate; nothing else is built this way.
    echo "fuzz.sh: no nightly toolchain; using stable with RUSTC_BOOTSTRAP=1" >&2
    export RUSTC_BOOTSTRAP=1
    cargo=(cargo)
fi
echo "fuzz.sh: $("${cargo[@]}" --version)"

if ! cargo fuzz --version >/dev/null 2>&1; then
    nice -n 10 cargo install cargo-fuzz --locked --version 0.13.2
fi

# RUSTFLAGS replaces the rustflags of .cargo/config.toml, so the project's own flag is
# given again (cargo-fuzz adds its flags to these).
export RUSTFLAGS="--cfg erase_components"

fuzz=("${cargo[@]}" fuzz)
mkdir -p fuzz/target/logs
nice -n 10 "${fuzz[@]}" build --debug-assertions

bin_dir=fuzz/target/$(rustc -vV | sed -n 's/^host: //p')/release
crashed=()
summary=()
for t in "${targets[@]}"; do
    corpus=$root/fuzz/corpus/$t
    mkdir -p "$corpus" "fuzz/artifacts/$t"
    before=$(find "$corpus" -type f | wc -l)
    dict=()
    [[ -f fuzz/dicts/$t.dict ]] && dict=("-dict=$root/fuzz/dicts/$t.dict")
    # shellcheck disable=SC2046 # the extra seed folder, if any, is one word
    if nice -n 19 "${fuzz[@]}" run --debug-assertions "$t" "$corpus" $(extra_seeds "$t") -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
        -print_final_stats=1 "${dict[@]}" 2>&1 | tee "fuzz/target/logs/$t.log"; then
        result=ok
    else
        result=CRASH
        crashed+=("$t")
    fi
    after_run=$(find "$corpus" -type f | wc -l)
    # Minimised by edges only (-use_counters=0): also keeping one input per hit-count
    # bucket of every edge would keep several times as many files in git.
    nice -n 19 "${fuzz[@]}" cmin --debug-assertions "$t" "$corpus" -- \
        -use_counters=0 -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
        >"fuzz/target/logs/$t.cmin.log" 2>&1
    seeds=$(extra_seeds "$t")
    if [[ -n $seeds ]]; then
        # Keep only what the real files, read at every run, do not already cover: merged
        # into a folder that holds them first, which are then taken out again.
        kept=$(mktemp -d)
        cp "$seeds"/* "$kept"/
        ASAN_OPTIONS=detect_odr_violation=0 nice -n 19 "$bin_dir/$t" -merge=1 -use_counters=0 \
            -rss_limit_mb=2048 -max_len="$(max_len "$t")" "$kept" "$corpus" \
            >>"fuzz/target/logs/$t.cmin.log" 2>&1
        for file in "$seeds"/*; do rm -f "$kept/$(basename "$file")"; done
        rm -rf "$corpus"
        mv "$kept" "$corpus"
        chmod 755 "$corpus"
    fi
    after_cmin=$(find "$corpus" -type f | wc -l)
    stat() { grep -o "stat::$1: *[0-9]*" "fuzz/target/logs/$t.log" | grep -o '[0-9]*$' | head -1; }
    runs=$(stat number_of_executed_units || true)
    speed=$(stat average_exec_per_sec || true)
    summary+=("$t: $result, $seconds s, ${runs:-?} runs, ${speed:-?} exec/s, corpus $before -> $after_run -> $after_cmin after cmin")
done

printf '%s\n' "${summary[@]}"
if ((${#crashed[@]})); then
    echo "crashed: ${crashed[*]} (see fuzz/artifacts/)" >&2
    exit 1
fi
