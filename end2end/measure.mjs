// Measures what the start page and the first question cost a visitor: bytes over the wire
// (compressed, headers included) with JavaScript on and off. Only the questionnaire loads
// the WebAssembly; the start page needs none.
// Run after `.ci/build --release`: node end2end/measure.mjs
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { openBrowser, ready, startSite } from "./harness.mjs";

async function transferred(baseUrl, path, js) {
  const browser = await openBrowser({ javaScriptEnabled: js });
  try {
    const cdp = await browser.context.newCDPSession(browser.page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const files = new Map();
    cdp.on("Network.responseReceived", (e) => files.set(e.requestId, { url: e.response.url, bytes: 0 }));
    cdp.on("Network.loadingFinished", (e) => {
      const file = files.get(e.requestId);
      if (file) file.bytes = e.encodedDataLength;
    });
    await browser.page.goto(baseUrl + path, { waitUntil: "networkidle" });
    if (js) await ready(browser.page);
    return [...files.values()];
  } finally {
    await browser.close();
  }
}

const site = await startSite();
try {
  for (const path of ["/", "/hulp"]) {
    for (const js of [false, true]) {
      const files = await transferred(site.baseUrl, path, js);
      const total = files.reduce((sum, f) => sum + f.bytes, 0);
      console.log(`${path}, JavaScript ${js ? "on " : "off"}: ${total} bytes in ${files.length} responses`);
      for (const f of files) console.log(`  ${String(f.bytes).padStart(8)}  ${new URL(f.url).pathname}`);
    }
  }
} finally {
  await site.stop();
}

const pkg = new URL("../target/site/pkg/", import.meta.url).pathname;
for (const name of readdirSync(pkg).filter((n) => /\.wasm(\.br|\.gz)?$/.test(n))) {
  console.log(`${name}: ${statSync(join(pkg, name)).size} bytes`);
}
