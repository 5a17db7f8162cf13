#!/usr/bin/env bash
# SIGTERM under load: 64 clients each send plan-page POSTs one after the other (a Node
# script, no keep-alive, so every request is a request of its own); after 3 s the server
# gets SIGTERM. Counts the requests that had been sent and failed (no answer, or an answer
# but 200): the target is 0. Requests begun after the listener closed are refused at
# connect and counted apart: they never reached the server.
#
# Needs: the release build (bash .ci/build --release) and Node.js.
# Usage: scripts/drain.sh
set -euo pipefail
cd "$(dirname "$0")/.."

port=${DRAIN_PORT:-28087}
source scripts/lib.sh
start_server "$port"

node - "$port" "$server" <<'JS'
const http = require("node:http");
const [port, pid] = process.argv.slice(2).map(Number);
const body = "role=victim&what=rape_or_assault&when=within_72h&place=3511+AB&step=needs&go=next";
const counts = { ok: 0, failed: 0, refused: 0 };
let stopping = false;
const agent = new http.Agent({ keepAlive: false });

function once() {
  return new Promise((resolve) => {
    const req = http.request({ host: "127.0.0.1", port, path: "/hulp", method: "POST", agent,
      headers: { "content-type": "application/x-www-form-urlencoded",
        "content-length": Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on("end", () => { counts[res.statusCode === 200 ? "ok" : "failed"]++; resolve(); });
      res.on("error", () => { counts.failed++; resolve(); });
    });
    let connected = false;
    req.on("socket", (socket) => socket.on("connect", () => { connected = true; }));
    req.on("error", () => { counts[connected ? "failed" : "refused"]++; resolve(true); });
    req.end(body);
  });
}

async function client() {
  while (true) {
    const refused = await once();
    if (refused && stopping) return;
  }
}

setTimeout(() => { stopping = true; process.kill(pid, "SIGTERM"); }, 3000);
Promise.all(Array.from({ length: 64 }, client)).then(() => {
  console.log(`| requests answered 200 | sent and failed | refused at connect after SIGTERM |`);
  console.log(`| ---: | ---: | ---: |`);
  console.log(`| ${counts.ok} | ${counts.failed} | ${counts.refused} |`);
});
JS
wait "$server" && echo "the server exited with 0 after draining" >&2
