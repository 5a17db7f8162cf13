// No request leaves the site's own origin, no cookie is ever set, and every response
// carries the security headers.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { load, MODES, openBrowser, PAGES, startSite } from "../harness.mjs";

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

for (const mode of MODES) {
  describe(`privacy (${mode.name})`, () => {
    test("every page loads only from its own origin and sets no cookie", async () => {
      const browser = await openBrowser({ javaScriptEnabled: mode.js });
      try {
        const { context, page } = browser;
        const requests = [];
        const responses = [];
        context.on("request", (req) => requests.push(req.url()));
        context.on("response", (res) => responses.push(res));
        for (const { path } of PAGES) {
          await load(page, site.baseUrl + path, mode.js);
        }
        const foreign = requests.filter((url) => !url.startsWith(site.baseUrl + "/"));
        assert.deepEqual(foreign, []);
        assert.ok(requests.some((url) => url.endsWith(".css")), "the stylesheet was loaded");
        assert.equal(requests.some((url) => url.endsWith(".wasm")), mode.js, "the wasm loads only with JavaScript on");
        assert.deepEqual(await context.cookies(), []);
        for (const res of responses) {
          const headers = await res.allHeaders();
          assert.equal(headers["set-cookie"], undefined, `${res.url()} sets a cookie`);
          assert.ok(headers["content-security-policy"], `${res.url()} has no CSP`);
          assert.equal(headers["referrer-policy"], "no-referrer");
          assert.equal(headers["x-content-type-options"], "nosniff");
        }
      } finally {
        await browser.close();
      }
    });
  });
}
