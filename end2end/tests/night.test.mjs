// The night, the holidays and the islands, in the browser with JavaScript on and off, each
// on a server with a fixed clock (HULPWIJZER_FIXED_TIME): a parent who asks for chat at
// 23:00 is not sent to a closed chat; on Christmas Day a weekday-only chat says it may be
// closed, in the plan and on its page; a plan on Bonaire at 23:30, in English, starts with
// a number that works there, marks the numbers that may not, and its banner says 911; a
// bystander's advice there says 911 too.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { answer, answerUntil } from "../flow.mjs";
import { load, MODES, startSite, withPage } from "../harness.mjs";

const sites = {};
before(async () => {
  sites.night = await startSite({ HULPWIJZER_FIXED_TIME: "2026-12-02T23:00:00+01:00" });
  sites.christmas = await startSite({ HULPWIJZER_FIXED_TIME: "2026-12-25T10:00:00+01:00" });
  // 23:30 on Bonaire (UTC−4).
  sites.bonaire = await startSite({ HULPWIJZER_FIXED_TIME: "2026-12-02T23:30:00-04:00" });
});
after(async () => {
  await Promise.all(Object.values(sites).map((s) => s.stop()));
});

const PARENT = { role: ["relative"], what: ["child_abuse"], age: ["under_12"], contact: ["chat"] };

/** The first step's name, reasons and contacts (link text, hours line, note). */
async function firstStep(page) {
  await page.waitForSelector(".first-step");
  const first = page.locator(".first-step");
  return {
    org: await first.locator(".step-org").innerText(),
    reasons: await first.locator(".reasons").innerText(),
    contacts: await first.locator("li.plan-contact").evaluateAll((items) =>
      items.map((li) => ({
        action: li.querySelector(".action")?.textContent ?? "",
        href: li.querySelector(".action")?.getAttribute("href") ?? "",
        hours: li.querySelector(".contact-hours")?.textContent ?? "",
        note: li.querySelector(".contact-note")?.textContent ?? "",
      }))),
  };
}

for (const mode of MODES) {
  describe(`the night, holidays and the islands (${mode.name})`, () => {
    test("23:00, a parent asks for chat: no chat is open, so the 24/7 line comes first and the plan says so", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, sites.night.baseUrl + "/hulp", mode.js);
        await answer(page, mode, PARENT);
        const first = await firstStep(page);
        assert.equal(first.org, "Veilig Thuis");
        assert.match(first.reasons, /we weten van geen chat die nu open is/);
        assert.match(first.contacts[0].href, /^tel:/, JSON.stringify(first.contacts));
        assert.match(first.contacts[0].hours, /Nu open/);
        const chat = first.contacts.find((c) => /chat/i.test(c.action));
        assert.ok(chat, "the chat is still listed");
        assert.match(chat.hours, /Nu gesloten/);
      });
    });

    test("Christmas Day: the weekday chat may be closed, in the plan and on its page", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, sites.christmas.baseUrl + "/hulp", mode.js);
        await answer(page, mode, PARENT);
        const first = await firstStep(page);
        assert.match(first.contacts[0].href, /^tel:/);
        const chat = first.contacts.find((c) => /chat/i.test(c.action));
        assert.match(chat.hours, /Vandaag mogelijk gesloten \(feestdag\)/);
        assert.doesNotMatch(chat.hours, /Nu open/);
        await load(page, sites.christmas.baseUrl + "/en/organisations/veilig-thuis", mode.js);
        const lines = await page.locator("li.contact .contact-hours").allInnerTexts();
        const weekday = lines.filter((l) => /Mon/.test(l) && !/Sat|Sun/.test(l));
        assert.ok(weekday.length >= 1, lines.join("\n"));
        for (const line of weekday) {
          assert.match(line, /Possibly closed today \(public holiday\)/);
          assert.doesNotMatch(line, /Open now/);
        }
      });
    });

    test("Bonaire typed as the place: the banner says 911 from the next screen on, as the plan does", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, sites.bonaire.baseUrl + "/hulp", mode.js);
        await answerUntil(page, mode, { role: ["bystander"], what: ["harassment"], place: { text: "Bonaire" } }, "needs");
        assert.equal(await page.locator(".emergency-call").getAttribute("href"), "tel:911", "the screen after the place");
        assert.equal(await page.locator(".emergency-islands").count(), 0, "and only 911");
        await answer(page, mode, {});
        assert.equal(await page.locator(".emergency-call").getAttribute("href"), "tel:911", "the plan");
        assert.match(await page.locator("main").innerText(), /Bonaire/);
      });
    });

    test("Bonaire at 23:30 in English: a number that works there first, the others marked", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, sites.bonaire.baseUrl + "/en/help", mode.js);
        await answer(page, mode, { role: ["victim"], what: ["domestic"], place: { island: "bonaire" } });
        const first = await firstStep(page);
        assert.match(first.contacts[0].href, /^tel:(\+599|911)/, JSON.stringify(first.contacts));
        assert.equal(await page.locator(".emergency-call").getAttribute("href"), "tel:911", "the banner says 911 there");
        assert.equal(await page.locator(".emergency-islands").count(), 0, "and only 911");
        const text = await page.locator("main").innerText();
        assert.doesNotMatch(text, /112 does not work/);
        const all = await page.locator("li.plan-contact").evaluateAll((items) =>
          items.map((li) => ({
            href: li.querySelector(".action")?.getAttribute("href") ?? "",
            note: li.querySelector(".contact-note")?.textContent ?? "",
          })));
        for (const c of all.filter((c) => /^tel:\+31(800|900)|^tel:113$/.test(c.href))) {
          assert.match(c.note, /may not work from Bonaire/, c.href);
        }
        const guiami = all.find((c) => c.href === "tel:08020802");
        assert.ok(guiami, "Guiami's local number is in the plan");
        assert.match(guiami.note, /only works when you call from Bonaire/);
      });
    });

    test("a bystander on Bonaire is told to call 911, nowhere 112", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, sites.bonaire.baseUrl + "/en/help", mode.js);
        await answer(page, mode, { role: ["bystander"], what: ["harassment"], place: { island: "bonaire" } });
        await page.waitForSelector("#plan-heading");
        const text = await page.locator("body").innerText();
        assert.match(text, /Is someone in immediate danger\? Call 911\./);
        assert.doesNotMatch(text, /Call 112/);
        assert.equal(await page.locator('a[href="tel:112"]').count(), 0);
      });
    });
  });
}
