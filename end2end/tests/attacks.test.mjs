// What an attacker sends, in a real browser with JavaScript on and off: words that try to
// close a text box (own words, the place, the directory search) stay text on every page
// that shows them; a form that another website submits to Hulpwijzer gets the 403 page in
// the site's own layout, with the quick exit and 112, and shows none of the sent words;
// an error page shows no script errors and, even at the questionnaire's address, loads no
// WebAssembly. docs/reliability.md lists each case.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { answer, resubmitting } from "../flow.mjs";
import { collectErrors, load, MODES, ready, startSite, withPage } from "../harness.mjs";

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

const PAYLOAD =
  '</textarea><h2 id="injected">Bel niet 112: bel 0900-NEP</h2>' +
  '<meta http-equiv="refresh" content="1;url=https://evil.example/">';
const ATTRIBUTE_PAYLOAD = '"><h2 id="injected">Bel niet 112: bel 0900-NEP</h2><input value="';

/** Nothing of the payload became markup, and the page did not move away. */
async function assertInert(page, url) {
  assert.equal(await page.locator("#injected").count(), 0, "no injected heading");
  assert.equal(await page.locator("meta[http-equiv]").count(), 0, "no injected meta");
  await page.waitForTimeout(1500);
  assert.equal(page.url().split("#")[0], url, "no redirect");
  assert.equal(await page.locator("#injected").count(), 0);
}

for (const mode of MODES) {
  describe(`attacks (${mode.name})`, () => {
    test("own words that close the text box stay text in both text boxes", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        const errors = collectErrors(page);
        await load(page, site.baseUrl + "/hulp", mode.js);
        await answer(page, mode, { role: ["victim"], what: ["rape_or_assault"], when: ["within_72h"] });
        await page.fill("#own_words", PAYLOAD);
        await resubmitting(page, mode.js, () => page.locator(".own-words button").click());
        assert.equal(await page.inputValue("#own_words"), PAYLOAD, "the words come back as typed");
        assert.ok((await page.inputValue("#summary-text")).includes(PAYLOAD), "and in the summary");
        await assertInert(page, site.baseUrl + "/hulp");
        assert.deepEqual(errors, []);
      });
    });

    test("2,000 characters of own words in a script of three bytes a character are kept", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/hulp", mode.js);
        await answer(page, mode, { role: ["victim"], what: ["online"] });
        // Tigrinya, 2,000 characters: 18 KB as a form field, refused at 16 KiB before.
        const words = "ሰላም".repeat(666) + "ሰላ";
        await page.fill("#own_words", words);
        await resubmitting(page, mode.js, () => page.locator(".own-words button").click());
        assert.equal(await page.inputValue("#own_words"), words, "every character comes back");
        assert.ok((await page.inputValue("#summary-text")).includes(words.trim()), "in the summary");
      });
    });

    test("a typed place and directory search words stay text", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        const errors = collectErrors(page);
        await load(page, site.baseUrl + "/en/help", mode.js);
        await answer(page, mode, { role: ["bystander"], place: { text: ATTRIBUTE_PAYLOAD } });
        await assertInert(page, site.baseUrl + "/en/help");
        await load(page, site.baseUrl + "/wegwijzer", mode.js);
        await page.fill("#q", PAYLOAD);
        await page.fill("#plaats", ATTRIBUTE_PAYLOAD);
        await Promise.all([
          page.waitForNavigation({ waitUntil: "load" }),
          page.locator(".search-form button[type=submit]").first().click(),
        ]);
        if (mode.js) {
          await ready(page);
        }
        assert.equal(await page.inputValue("#q"), PAYLOAD);
        assert.equal(await page.inputValue("#plaats"), ATTRIBUTE_PAYLOAD);
        await assertInert(page, site.baseUrl + "/wegwijzer");
        assert.deepEqual(errors, []);
      });
    });

    test("a form another website submits gets the 403 page with the quick exit and 112", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        const errors = collectErrors(page);
        // The attacker's page, on another site, with a form aimed at the plan.
        await page.route("https://evil.example/**", (route) => route.fulfill({
          status: 200,
          contentType: "text/html",
          body: `<!doctype html><html lang="nl"><title>Win een prijs</title>
            <form method="post" action="${site.baseUrl}/hulp">
              <input type="hidden" name="role" value="victim">
              <input type="hidden" name="go" value="plan">
              <input type="hidden" name="own_words" value='${PAYLOAD.replaceAll("'", "&#39;")}'>
              <button>Klik hier</button>
            </form></html>`,
        }));
        await page.goto("https://evil.example/prijs");
        const [response] = await Promise.all([
          page.waitForNavigation({ waitUntil: "load" }),
          page.locator("button").click(),
        ]);
        assert.equal(response.status(), 403);
        if (mode.js) {
          await ready(page);
        }
        assert.equal(await page.locator("h1").innerText(), "Dit formulier kwam niet van Hulpwijzer");
        assert.equal(await page.locator("#injected").count(), 0);
        assert.equal((await page.content()).includes("0900-NEP"), false, "none of the sent words");
        assert.equal(await page.locator('a[href="tel:112"]').count() >= 1, true, "112");
        const exit = page.locator("a.quick-exit");
        assert.ok(await exit.isVisible(), "the quick exit");
        await Promise.all([page.waitForURL(site.exitUrl), exit.click()]);
        assert.deepEqual(errors.filter((e) => !e.includes("403")), []);
      });
    });

    test("a form far larger than ours gets a kind 413 page, whole without the WebAssembly", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        const errors = collectErrors(page);
        // A form on our own address that carries far more than any of our forms can.
        await page.route(site.baseUrl + "/te-groot", (route) => route.fulfill({
          status: 200,
          contentType: "text/html",
          body: `<!doctype html><html lang="en"><title>Big</title>
            <form method="post" action="/en/help">
              <input type="hidden" name="place" value="${"x".repeat(100_000)}">
              <button>Send</button>
            </form></html>`,
        }));
        await page.goto(site.baseUrl + "/te-groot");
        const [response] = await Promise.all([
          page.waitForNavigation({ waitUntil: "load" }),
          page.locator("button").click(),
        ]);
        assert.equal(response.status(), 413);
        assert.equal(await page.locator("h1").innerText(), "This is too much text");
        assert.equal(await page.locator('a[href="tel:112"]').count() >= 1, true, "112");
        assert.equal(await page.locator('script[type="module"]').count(), 0, "not hydrated as the questionnaire");
        if (mode.js) {
          await ready(page);
          assert.deepEqual(errors.filter((e) => !e.includes("413")), []);
        }
      });
    });
  });
}
