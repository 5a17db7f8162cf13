// axe-core finds no WCAG 2.1 A/AA violation on any page, in light and dark mode, with
// JavaScript on and off (see axeViolations in the harness for how JavaScript-off pages
// are audited).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { axeViolations, load, MODES, openBrowser, PAGES, startSite } from "../harness.mjs";

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

const paths = [...PAGES.map((p) => p.path), "/bestaat-niet"];

for (const mode of MODES) {
  for (const colorScheme of ["light", "dark"]) {
    describe(`axe (${mode.name}, ${colorScheme})`, () => {
      for (const path of paths) {
        test(`${path} has no violations`, async () => {
          const browser = await openBrowser({ javaScriptEnabled: mode.js, colorScheme });
          try {
            if (path === "/bestaat-niet") {
              await browser.page.goto(site.baseUrl + path);
            } else {
              await load(browser.page, site.baseUrl + path, mode.js);
            }
            const violations = await axeViolations(browser.page, mode.js, colorScheme);
            assert.deepEqual(violations, []);
          } finally {
            await browser.close();
          }
        });
      }
    });
  }
}
