// At 320 px wide no page scrolls sideways, and the quick exit and the emergency number are
// on screen without scrolling.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { load, MODES, openBrowser, PAGES, startSite } from "../harness.mjs";

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

for (const mode of MODES) {
  describe(`layout at 320 px (${mode.name})`, () => {
    for (const { path } of PAGES) {
      test(`${path} has no horizontal scroll`, async () => {
        const browser = await openBrowser({ javaScriptEnabled: mode.js, viewport: { width: 320, height: 640 } });
        try {
          const { page } = browser;
          await load(page, site.baseUrl + path, mode.js);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= 320, `the page is ${width} px wide`);
          for (const selector of ["a.quick-exit", ".emergency-call", ".emergency-islands"]) {
            const box = await page.locator(selector).boundingBox();
            assert.ok(box && box.y + box.height <= 640 && box.x >= 0 && box.x + box.width <= 320, `${selector} is on screen`);
            assert.ok(box.height >= 44, `${selector} is a large enough touch target`);
          }
        } finally {
          await browser.close();
        }
      });
    }
  });
}
