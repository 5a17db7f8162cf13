// The directory: searching by words and place works with and without JavaScript, sends
// nothing typed into the address bar, explains each result and marks the words found;
// organisation pages show contacts with tap-to-call, hours, source and last-checked date.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { axeViolations, collectErrors, load, MODES, ready, startSite, withPage } from "../harness.mjs";

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

async function searchFor(page, mode, words, place, path = "/wegwijzer") {
  await load(page, site.baseUrl + path, mode.js);
  await page.fill("#q", words);
  await page.fill("#plaats", place);
  await Promise.all([page.waitForLoadState("load"), page.locator(".search-form button[type=submit]").click()]);
  await page.waitForSelector(".results");
  if (mode.js) {
    await ready(page);
  }
}

for (const mode of MODES) {
  describe(`directory (${mode.name})`, () => {
    test("verkrachting near 3511: the Utrecht centre first, with reasons, and nothing in the URL", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        const errors = collectErrors(page);
        const urls = [];
        page.on("request", (req) => urls.push(req.url()));
        await searchFor(page, mode, "verkrachting", "3511 AB");
        assert.equal(page.url().split("#")[0], site.baseUrl + "/wegwijzer");
        const results = await page.locator("#results-heading").boundingBox();
        assert.ok(results.y >= 0 && results.y < 740, `the page opens at the results (${results.y})`);
        assert.ok(urls.every((url) => !url.includes("verkrachting") && !url.includes("3511")), urls.join("\n"));
        const first = page.locator(".hit").first();
        assert.equal(await first.locator("h3").innerText(), "Centrum Seksueel Geweld Utrecht");
        const reasons = await first.locator(".reasons").innerText();
        assert.match(reasons, /Past bij je woorden: verkrachting/);
        assert.match(reasons, /Werkt in Utrecht/);
        assert.equal(await first.locator("a[href='tel:+318000188']").count(), 1);
        assert.equal(await page.inputValue("#q"), "verkrachting", "the words stay in the form");
        assert.deepEqual(await axeViolations(page, mode.js), []);
        assert.deepEqual(errors, []);
      });
    });

    test("naaktfoto anywhere finds Helpwanted, marking the words (or synonyms) that matched", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await searchFor(page, mode, "naaktfoto", "");
        const first = page.locator(".hit").first();
        assert.equal(await first.locator(".hit-org").innerText(), "Helpwanted");
        const marked = await first.locator("mark").allInnerTexts();
        assert.ok(marked.length > 0, "something is marked");
        for (const word of marked) {
          assert.match(word, /naaktfoto|afgeperst|afpers|sexting|sextortion|beelden|chantage/i);
        }
      });
    });

    test("Bonaire in English: 911 and the island's services first", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await searchFor(page, mode, "", "Bonaire", "/en/directory");
        const names = await page.locator(".hit h3").allInnerTexts();
        assert.ok(names.slice(0, 4).includes("Call 911 in immediate danger"), names.join(" | "));
        assert.ok(names.slice(0, 4).includes("Victim support on Bonaire"), names.join(" | "));
      });
    });

    test("need and audience filters narrow the results and stay chosen", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/wegwijzer", mode.js);
        await page.selectOption("#behoefte", "suicidal_thoughts");
        await page.selectOption("#voor", "victim");
        await Promise.all([page.waitForLoadState("load"), page.locator(".search-form button[type=submit]").click()]);
        await page.waitForSelector(".results");
        const orgs = await page.locator(".hit .hit-org").allInnerTexts();
        assert.deepEqual(orgs, ["113 Zelfmoordpreventie"]);
        assert.equal(await page.inputValue("#behoefte"), "suicidal_thoughts");
        assert.equal(await page.inputValue("#voor"), "victim");
        assert.match(await page.locator(".hit .contact-hours").first().innerText(), /Nu open/);
      });
    });

    test("an unknown place says so and shows national help", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await searchFor(page, mode, "hulp", "Atlantis");
        assert.match(await page.locator(".results .note").innerText(), /Deze plaats kennen we niet/);
      });
    });

    test("an organisation page shows contacts, hours, sources and unconfirmed details", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/organisaties/mind-korrelatie", mode.js);
        assert.equal(await page.locator("h1").innerText(), "MIND Korrelatie");
        assert.equal(await page.locator("a[href='tel:+319001450']").count(), 1);
        assert.match(await page.locator(".contacts").first().innerText(), /Laatst gecontroleerd: 2026-11-28/);
        assert.match(await page.locator(".contacts .unconfirmed").first().innerText(), /Niet bevestigd/);
        assert.match(await page.locator(".service > .unconfirmed").first().innerText(), /De openingstijden en de kosten zijn niet bevestigd/);
        const missing = await page.goto(site.baseUrl + "/organisaties/bestaat-niet");
        assert.equal(missing.status(), 404);
      });
    });
  });
}
