// What a page costs before the WebAssembly: the compressed HTML and the stylesheet it
// links, as a phone would fetch them (brotli). Budgets (issue 15): the start page and a
// question screen at most 15 KB, a plan page at most 30 KB, the WebAssembly at most 250 KB;
// and only the pages that do something with JavaScript load it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { PAGES, startSite } from "../harness.mjs";

let site;
before(async () => { site = await startSite(); });
after(async () => { await site.stop(); });

const KB = 1000;

async function bytes(url, init = {}) {
  const res = await fetch(url, { ...init, headers: { "accept-encoding": "br", ...init.headers } });
  assert.equal(res.status, 200, url);
  // fetch decodes the body; Content-Length is the size on the wire.
  const wire = Number(res.headers.get("content-length") ?? NaN);
  const text = await res.text();
  return { wire: Number.isNaN(wire) ? null : wire, text, encoding: res.headers.get("content-encoding") };
}

/** The page's compressed HTML (measured by compressing its text again if it was streamed) and its stylesheet. */
async function pageWeight(path, init) {
  const page = await bytes(site.baseUrl + path, init);
  assert.equal(page.encoding, "br", `${path} is sent compressed`);
  const { brotliCompressSync, constants } = await import("node:zlib");
  // A streamed page has no Content-Length: count it as the server's quality 1 would send it.
  const html = page.wire ?? brotliCompressSync(page.text, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 1 },
  }).length;
  const css = page.text.match(/<link rel="stylesheet" href="([^"]+)"/)[1];
  const style = await bytes(site.baseUrl + css);
  return html + style.wire;
}

test("the start page and the first question fit in 15 KB before the wasm", async () => {
  for (const path of ["/", "/en", "/hulp", "/en/help"]) {
    const total = await pageWeight(path);
    assert.ok(total <= 15 * KB, `${path}: ${total} bytes`);
  }
});

test("a plan page fits in 30 KB before the wasm", async () => {
  const body = "role=victim&what=rape_or_assault&when=within_72h&place=3511+AB&step=needs&go=next";
  for (const path of ["/hulp", "/en/help"]) {
    const total = await pageWeight(path, {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    assert.ok(total <= 30 * KB, `${path} plan: ${total} bytes`);
    assert.ok(total > 3 * KB, `${path} plan: ${total} bytes is too small to be a plan`);
  }
});

/** The WebAssembly a page loads, from its module script's `init` call; null when none. */
function wasmOf(html) {
  const script = html.match(/<script type="module"[^>]*>([^<]*)<\/script>/);
  return script ? script[1].match(/module_or_path: "([^"]+\.wasm)"/)[1] : null;
}

test("only the questionnaire and the overview load the WebAssembly, at most 250 KB", async () => {
  const live = ["/hulp", "/en/help", "/hulp/overzicht", "/en/help/overview"];
  const loaded = new Set();
  for (const path of [...PAGES.map((p) => p.path), "/hulp/overzicht", "/en/help/overview"]) {
    const { text } = await bytes(site.baseUrl + path);
    const wasm = wasmOf(text);
    assert.equal(wasm !== null, live.includes(path), `${path}: ${wasm ?? "no WebAssembly"}`);
    if (wasm) loaded.add(wasm);
  }
  assert.equal(loaded.size, 1, "one WebAssembly for every live page");
  const [wasm] = loaded;
  const { wire, encoding } = await bytes(site.baseUrl + wasm);
  assert.equal(encoding, "br");
  assert.ok(wire <= 250 * KB, `${wasm}: ${wire} bytes in brotli`);
  assert.ok(wire > 100 * KB, `${wasm}: ${wire} bytes is too small to be the app`);
});
