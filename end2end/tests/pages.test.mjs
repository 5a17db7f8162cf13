// Every page renders in its language, with the page shell: quick exit, emergency line,
// language switch and footer; and the language switch leads to the same page in the other
// language, as a new page (no page has a router in the browser). With JavaScript on, the
// live pages must hydrate without errors.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { collectErrors, load, MODES, openBrowser, PAGES, startSite } from "../harness.mjs";

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

for (const mode of MODES) {
  describe(`pages (${mode.name})`, () => {
    for (const { path, lang, other } of PAGES) {
      test(`${path} renders in ${lang} with the page shell`, async () => {
        const browser = await openBrowser({ javaScriptEnabled: mode.js });
        try {
          const { page } = browser;
          const errors = collectErrors(page);
          const response = await load(page, site.baseUrl + path, mode.js);
          assert.equal(response.status(), 200);
          assert.equal(await page.getAttribute("html", "lang"), lang);
          assert.ok((await page.title()).includes("Hulpwijzer"));
          assert.equal(await page.locator("h1").count(), 1);
          assert.ok(await page.locator("h1").isVisible());

          const exit = page.locator("a.quick-exit");
          assert.ok(await exit.isVisible());
          assert.equal(await exit.getAttribute("href"), site.exitUrl);

          const call = page.locator(".emergency a[href='tel:112']");
          assert.ok(await call.isVisible());
          assert.match(await page.locator(".emergency").innerText(), lang === "nl" ? /In direct gevaar\?\s+Bel 112/ : /In immediate danger\?\s+Call 112/);

          const footer = page.locator("footer");
          const safety = lang === "nl" ? "/veilig-gebruiken" : "/en/safe-use";
          const about = lang === "nl" ? "/over" : "/en/about";
          assert.equal(await footer.locator(`a[href='${safety}']`).count(), 1);
          assert.equal(await footer.locator(`a[href='${about}']`).count(), 1);
          assert.match(await footer.innerText(), /© CBS \/ PDOK, CC-BY 4\.0/);

          const otherLang = lang === "nl" ? "en" : "nl";
          await page.evaluate(() => { window.sameDocument = true; });
          // The questionnaire's switch posts the answers to the other language; elsewhere it
          // is a link. Either way the other page is loaded whole.
          await page.locator(`.language-switch :is(a[hreflang='${otherLang}'], button[lang='${otherLang}'])`).click();
          await page.waitForURL(site.baseUrl + other);
          await page.waitForFunction((want) => document.documentElement.lang === want, otherLang);
          assert.ok(await page.locator("h1").isVisible());
          assert.equal(await page.evaluate(() => window.sameDocument === true), false, "a new page");
          assert.deepEqual(errors, []);
        } finally {
          await browser.close();
        }
      });
    }

    test("an unknown address answers 404 in the language of its path", async () => {
      const browser = await openBrowser({ javaScriptEnabled: mode.js });
      try {
        const { page } = browser;
        for (const [path, lang, heading] of [
          ["/bestaat-niet", "nl", "Deze pagina bestaat niet"],
          ["/en/no-such-page", "en", "This page does not exist"],
        ]) {
          const response = await page.goto(site.baseUrl + path);
          assert.equal(response.status(), 404);
          assert.equal(await page.getAttribute("html", "lang"), lang);
          assert.equal(await page.locator("h1").innerText(), heading);
          assert.equal(await page.locator("a.quick-exit").getAttribute("href"), site.exitUrl);
        }
      } finally {
        await browser.close();
      }
    });

    test("the start page offers both doors: the questionnaire and the directory", async () => {
      const browser = await openBrowser({ javaScriptEnabled: mode.js });
      try {
        const { page } = browser;
        await load(page, site.baseUrl + "/", mode.js);
        const doors = page.locator(".door");
        assert.equal(await doors.count(), 2);
        assert.match(await doors.nth(0).innerText(), /Help mij hulp vinden/);
        assert.equal(await doors.nth(0).locator("a[href='/hulp']").count(), 1);
        assert.match(await doors.nth(1).innerText(), /Zoek zelf in de wegwijzer/);
        assert.equal(await doors.nth(1).locator("a[href='/wegwijzer']").count(), 1);
        // The main action is a big button above the fold on a 360×740 phone.
        const start = await page.locator(".start-help a[href='/hulp']").boundingBox();
        assert.ok(start.height >= 44 && start.width >= 200, `${start.width}×${start.height}`);
        assert.ok(start.y + start.height <= 740, `the button ends at ${start.y + start.height}px`);
      } finally {
        await browser.close();
      }
    });
  });
}
