// The quick exit leaves for the neutral site by the button, by the skip link and (with
// JavaScript) by pressing Shift three times; with JavaScript, Back does not show the page
// again. Without JavaScript only the links work, as the safety page says.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { load, MODES, startSite, withPage as withBrowserPage } from "../harness.mjs";

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

function withPage(mode, run) {
  return withBrowserPage({ javaScriptEnabled: mode.js }, run);
}

for (const mode of MODES) {
  describe(`quick exit (${mode.name})`, () => {
    test("the button leaves for the neutral site", async () => {
      await withPage(mode, async (page) => {
        await load(page, site.baseUrl + "/", mode.js);
        await page.locator("a.quick-exit").click();
        await page.waitForURL(site.exitUrl);
        assert.equal(await page.locator("h1").innerText(), "Het weer vandaag");
      });
    });

    test("the first Tab reaches the skip link, and Enter leaves", async () => {
      await withPage(mode, async (page) => {
        await load(page, site.baseUrl + "/en", mode.js);
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => ({
          text: document.activeElement.textContent.trim(),
          href: document.activeElement.getAttribute("href"),
          visible: document.activeElement.getBoundingClientRect().width > 1,
        }));
        assert.deepEqual(focused, { text: "Leave this site now", href: site.exitUrl, visible: true });
        await page.keyboard.press("Enter");
        await page.waitForURL(site.exitUrl);
      });
    });

    test("Shift pressed three times", async () => {
      await withPage(mode, async (page) => {
        await load(page, site.baseUrl + "/", mode.js);
        const status = page.locator("[data-quick-exit-status]");
        await page.keyboard.press("Shift");
        await page.keyboard.press("Shift");
        if (mode.js) {
          assert.equal(await status.innerText(), "Shift: druk nog 1 keer om deze site te verlaten.");
          await page.keyboard.press("a");
          await page.keyboard.press("Shift");
          assert.equal(await status.innerText(), "Shift: druk nog 2 keer om deze site te verlaten.", "another key starts the count again");
          await page.keyboard.press("Shift");
          await page.keyboard.press("Shift");
          await page.waitForURL(site.exitUrl);
        } else {
          await page.keyboard.press("Shift");
          await page.waitForTimeout(300);
          assert.equal(page.url(), site.baseUrl + "/", "without JavaScript, Shift does nothing");
        }
      });
    });

    if (mode.js) {
      test("the page is blanked in the same moment the exit is pressed", async () => {
        await withPage(mode, async (page) => {
          await load(page, site.baseUrl + "/", mode.js);
          const seen = await page.evaluate(() => {
            document.querySelector("a.quick-exit").click();
            return { display: getComputedStyle(document.documentElement).display, title: document.title };
          });
          assert.deepEqual(seen, { display: "none", title: "" });
          await page.waitForURL(site.exitUrl);
        });
      });

      test("the Shift count resets after 5 seconds", async () => {
        await withPage(mode, async (page) => {
          await load(page, site.baseUrl + "/", mode.js);
          await page.keyboard.press("Shift");
          await page.keyboard.press("Shift");
          await page.waitForTimeout(5_300);
          assert.equal(await page.locator("[data-quick-exit-status]").innerText(), "Snel weg is gestopt.");
          await page.keyboard.press("Shift");
          await page.waitForTimeout(300);
          assert.equal(page.url(), site.baseUrl + "/");
        });
      });
    }

    test("Back after leaving", async () => {
      await withPage(mode, async (page) => {
        await load(page, site.baseUrl + "/", mode.js);
        await page.locator("footer a[href='/over']").click();
        await page.waitForURL(site.baseUrl + "/over");
        await page.locator("a.quick-exit").click();
        await page.waitForURL(site.exitUrl);
        await page.goBack();
        if (mode.js) {
          await page.waitForURL(site.exitUrl);
          assert.equal(await page.locator("h1").innerText(), "Het weer vandaag");
        } else {
          await page.waitForURL(site.baseUrl + "/over");
          assert.ok(await page.locator("h1").isVisible(), "without JavaScript Back shows the page, as the safety page warns");
        }
      });
    });

    test("coming to the site again on purpose works after leaving", async () => {
      await withPage(mode, async (page) => {
        await load(page, site.baseUrl + "/", mode.js);
        await page.locator("a.quick-exit").click();
        await page.waitForURL(site.exitUrl);
        await load(page, site.baseUrl + "/over", mode.js);
        assert.ok(await page.locator("h1").isVisible());
        assert.equal(page.url(), site.baseUrl + "/over");
      });
    });
  });
}
