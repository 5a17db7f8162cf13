// Every badge and sentence true, in the browser with JavaScript on and off: the 911 page
// says the dispatch centre also answers 112 (never that 112 does not work there); a paid
// number under free help says the call costs the normal rate, not "Gratis"; the Centrum
// Seksueel Geweld phone line, which asks your name, is not called anonymous. The server
// runs on a fixed clock (HULPWIJZER_FIXED_TIME), so the pages do not change with the hour.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { load, MODES, startSite, withPage } from "../harness.mjs";

let site;
before(async () => {
  site = await startSite({ HULPWIJZER_FIXED_TIME: "2026-12-02T03:00:00+01:00" });
});
after(async () => { await site?.stop(); });

/** The contact list items on the page, as text, keyed by the number they show. */
async function contacts(page) {
  return page.locator("li.contact").evaluateAll((items) =>
    items.map((li) => ({
      value: li.querySelector(".contact-value")?.textContent ?? "",
      facts: li.querySelector(".contact-facts")?.textContent ?? "",
    })));
}

for (const mode of MODES) {
  describe(`true badges and sentences (${mode.name})`, () => {
    test("the 911 page says 112 is answered too, never that it does not work", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        for (const [path, also] of [
          ["/organisaties/bes-911", "Die meldkamer neemt ook 112 op."],
          ["/en/organisations/bes-911", "That centre also answers 112."],
        ]) {
          await load(page, site.baseUrl + path, mode.js);
          const text = await page.locator("main").innerText();
          assert.ok(text.includes(also), text);
          assert.doesNotMatch(text, /112 werkt|112 does not work|112 doesn't work/i);
        }
      });
    });

    test("a paid number under free help says the call costs the normal rate", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/organisaties/helpwanted", mode.js);
        const phone = (await contacts(page)).find((c) => c.value.startsWith("020"));
        assert.ok(phone, "the 020 number is listed");
        assert.match(phone.facts, /bellen kost het gewone tarief/);
        assert.doesNotMatch(phone.facts, /^Gratis|· Gratis/);
        await load(page, site.baseUrl + "/en/organisations/kpcn-victim-support", mode.js);
        for (const c of (await contacts(page)).filter((c) => c.value.startsWith("+599"))) {
          assert.match(c.facts, /the call costs the normal rate/, c.value);
          assert.doesNotMatch(c.facts, /^Free/, c.value);
        }
      });
    });

    test("the Centrum Seksueel Geweld phone line is not called anonymous; its chat is", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/organisaties/csg", mode.js);
        const all = await contacts(page);
        const phones = all.filter((c) => c.value === "0800-0188");
        assert.ok(phones.length >= 1);
        for (const c of phones) {
          assert.doesNotMatch(c.facts, /Anoniem mogelijk/, c.facts);
          assert.match(c.facts, /Niet anoniem/, c.facts);
        }
      });
    });
  });
}
