# Shared by the measuring scripts (load.sh, soak.sh, startup.sh, drain.sh): source it from
# the repository's root. It makes a scratch folder ($work, removed at exit, with the server
# stopped if one is running), checks the release build, starts the server and reads wrk.
# shellcheck shell=bash

bin=target/release/hulpwijzer
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
[ -x "$bin" ] || { echo "$bin is missing: bash .ci/build --release" >&2; exit 1; }

# Starts the release server on 127.0.0.1:$1 (a port below 32768: the kernel hands out
# 32768-60999 to outgoing connections, and curl's wait for a server on such a port can
# connect to itself and take the port), with its own database in $work (more settings
# as NAME=value arguments after the port), sets $server to its process id and waits until
# it answers /healthz; stops with the server's log if it does not.
start_server() {
  local port=$1
  shift
  env HULPWIJZER_ADDR="127.0.0.1:$port" HULPWIJZER_DATABASE_URL="sqlite:$work/reports-$RANDOM.db" \
    RUST_LOG=warn "$@" "$bin" serve >"$work/server.log" 2>&1 &
  server=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null; do
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.005
  done
}

# Stops the server started last.
stop_server() {
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=
}

# From wrk's output on stdin: "requests/s p50 p99 errors", where an error is any answer
# but 2xx or 3xx, or a socket error (connect, read, write, timeout).
wrk_figures() {
  awk '/^Requests\/sec:/ { rps = sprintf("%.0f", $2) }
    $1 == "50%" { p50 = $2 }
    $1 == "99%" { p99 = $2 }
    /Non-2xx or 3xx responses:/ { errors += $NF }
    /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { print rps, p50, p99, errors + 0 }'
}
