// axe-core finds no WCAG 2.1 A/AA violation on any page, in light and dark mode, with
// JavaScript on and off. axe itself needs JavaScript, so with JavaScript off the page is
// loaded in a JavaScript-off browser and the DOM it shows, without its scripts, is audited
// in a second browser with the same stylesheet.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { AxeBuilder } from "@axe-core/playwright";
import { load, MODES, openBrowser, PAGES, startSite } from "../harness.mjs";

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

const paths = [...PAGES.map((p) => p.path), "/bestaat-niet"];

function describeViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`)
    .join("\n");
}

for (const mode of MODES) {
  for (const colorScheme of ["light", "dark"]) {
    describe(`axe (${mode.name}, ${colorScheme})`, () => {
      for (const path of paths) {
        test(`${path} has no violations`, async () => {
          const browser = await openBrowser({ javaScriptEnabled: mode.js, colorScheme });
          const auditor = mode.js ? browser : await openBrowser({ colorScheme });
          try {
            const url = site.baseUrl + path;
            if (path === "/bestaat-niet") {
              await browser.page.goto(url);
            } else {
              await load(browser.page, url, mode.js);
            }
            const { page } = auditor;
            if (!mode.js) {
              const html = (await browser.page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
              await page.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
              await page.goto(url);
            }
            const results = await new AxeBuilder({ page })
              .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
              .analyze();
            assert.equal(results.violations.length, 0, describeViolations(results.violations));
          } finally {
            await browser.close();
            if (auditor !== browser) await auditor.close();
          }
        });
      }
    });
  }
}
