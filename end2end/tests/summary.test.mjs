// "Mijn situatie in het kort" under the plan: own words added (HTML, emoji, right-to-left
// text stay plain text), the text selectable in a text box, the help point it names chosen
// by the person, saved as a file (with and without JavaScript), and with JavaScript
// copied, printed (print media shows only the summary and the chosen help point), shared
// and shown full-screen. For a professional: the referral routes, the client's contact
// wishes and the printable referral summary.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, test } from "node:test";
import { answer, press, resubmitting } from "../flow.mjs";
import { axeViolations, collectErrors, load, MODES, startSite, withPage } from "../harness.mjs";

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

const OWN = "Het was na het feest <b>vet</b> 😢 لا أعرف";

/** The plan for someone raped within 72 hours, through the questionnaire. */
async function toPlan(page, js) {
  await load(page, site.baseUrl + "/hulp", js);
  await answer(page, { js }, { role: ["victim"], what: ["rape_or_assault"], when: ["within_72h"] });
  await page.waitForSelector("#summary-text");
}

for (const mode of MODES) {
  describe(`summary (${mode.name})`, () => {
    test("own words go into the summary as plain text; the text box can be selected", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        const errors = collectErrors(page);
        let documents = 0;
        page.on("request", (req) => { if (req.resourceType() === "document") documents++; });
        await toPlan(page, mode.js);
        const box = page.locator("#summary-text");
        assert.match(await box.inputValue(), /^Mijn situatie in het kort/);
        assert.match(await box.inputValue(), /Gekozen hulp: Hulp na seksueel geweld/);
        assert.equal(await box.getAttribute("readonly"), "");
        assert.equal(await box.isDisabled(), false, "selectable, not disabled");
        await page.fill("#own_words", OWN);
        await resubmitting(page, mode.js, () => page.locator(".own-words button").click());
        const text = await page.locator("#summary-text").inputValue();
        assert.ok(text.includes(`In mijn eigen woorden:\n  ${OWN}`), text);
        assert.equal(await page.locator("#summary-text b").count(), 0, "no HTML is made of it");
        assert.equal(await page.inputValue("#own_words"), OWN, "the words stay in the form");
        assert.equal(await page.locator("button", { hasText: "Kopieer" }).count(), mode.js ? 1 : 0);
        if (mode.js) assert.equal(documents, 1, "no page loads with JavaScript");
        assert.deepEqual(errors, []);
      });
    });

    test("the person chooses which help point the summary names", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        const errors = collectErrors(page);
        let documents = 0;
        page.on("request", (req) => { if (req.resourceType() === "document") documents++; });
        await toPlan(page, mode.js);
        assert.equal(await page.locator(".chosen-step").count(), 1);
        assert.ok(await page.locator(".first-step.chosen-step").count(), "the first step until another is chosen");
        const second = page.locator(".choose-help input[name=chosen]").nth(1);
        const id = await second.getAttribute("value");
        const name = (await page.locator(".plan-others .step-name").first().innerText()).replace(/^2\. /, "");
        await second.check();
        await resubmitting(page, mode.js, () => page.locator(".choose-help button").click());
        const text = await page.locator("#summary-text").inputValue();
        assert.ok(text.includes(`Gekozen hulp: ${name}\n`), text);
        assert.equal(await page.locator(".chosen-step").count(), 1);
        assert.equal(await page.locator(".first-step.chosen-step").count(), 0);
        assert.equal(await page.locator(".chosen-step .step-name").innerText(), `2. ${name}`);
        assert.ok(await page.locator(`#chosen-${id}`).isChecked(), "the choice stays ticked");
        assert.equal(page.url().split("#")[0], site.baseUrl + "/hulp", "the choice stays out of the address");
        const heading = await page.locator("#summary-heading").boundingBox();
        const top = await page.evaluate(() => document.querySelector(".site-header").getBoundingClientRect().bottom);
        assert.ok(heading.y >= top - 1 && heading.y < 740, `the page opens at the summary (${heading.y})`);
        if (mode.js) {
          assert.equal(documents, 1, "no page loads with JavaScript");
          assert.equal(await page.evaluate(() => document.activeElement?.id), "summary-heading");
        }
        assert.deepEqual(await axeViolations(page, mode.js), []);
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.locator(".summary-save button").click(),
        ]);
        assert.ok((await readFile(await download.path(), "utf8")).includes(`Gekozen hulp: ${name}\n`));
        await page.emulateMedia({ media: "print" });
        assert.ok(await page.locator(".chosen-step .step-name").isVisible(), "the chosen help point prints");
        assert.equal(await page.locator(".first-step").isVisible(), false, "the first step does not");
        assert.equal(await page.locator(".choose-help").isVisible(), false);
        assert.deepEqual(errors, []);
      });
    });

    test("a professional sees referral routes and the client's contact wishes, and prints a referral summary", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/hulp", mode.js);
        await answer(page, mode, {
          role: ["professional"], consent: ["yes"], what: ["rape_or_assault"], when: ["longer_ago"],
          place: { text: "Utrecht" }, needs: ["legal"], contact: ["phone"],
        });
        await page.waitForSelector("#summary-text");
        assert.equal(await page.locator("#summary-heading").innerText(), "Verwijzing: de situatie van mijn cliënt in het kort");
        assert.match(await page.locator(".client-contact").innerText(), /Bellen/);
        const steps = await page.locator(".plan-step").count();
        assert.ok(steps > 1);
        assert.equal(await page.locator(".plan-step .referral").count(), steps, "every option says how to refer");
        // The other options' routes sit behind their disclosure: read them as text.
        const routes = await page.locator(".referral").evaluateAll((els) => els.map((e) => e.textContent));
        assert.ok(routes.some((r) => /0900-0101.*optie 3/s.test(r) && /Bronnen?:/.test(r)), routes.join("\n---\n"));
        // Spoken to as "u" everywhere on the page, the directory's texts included.
        const said = await page.locator("main").evaluate((main) => main.textContent);
        assert.doesNotMatch(said, /\b(je|jij|jouw)\b/i);
        const text = await page.locator("#summary-text").inputValue();
        assert.match(text, /^Verwijzing: de situatie van mijn cliënt in het kort\n/);
        assert.match(text, /\nMijn cliënt geeft toestemming/);
        assert.match(text, /\nContactwensen van mijn cliënt: Bellen\n/);
        assert.match(text, /\n {2}Verwijsroute: /);
        assert.deepEqual(await axeViolations(page, mode.js), []);
        await page.emulateMedia({ media: "print" });
        assert.ok(await page.locator(".summary-print").isVisible(), "the summary prints");
        assert.ok(await page.locator(".chosen-step .referral").isVisible(), "with the chosen help point's referral route");
        assert.equal(await page.locator(".client-contact").isVisible(), false);
      });
    });

    test("save as a file: made on the spot, with the summary in it", async () => {
      await withPage({ javaScriptEnabled: mode.js, acceptDownloads: true }, async (page) => {
        await toPlan(page, mode.js);
        await page.fill("#own_words", OWN);
        await resubmitting(page, mode.js, () => page.locator(".own-words button").click());
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.locator(".summary-save button").click(),
        ]);
        assert.equal(download.suggestedFilename(), "mijn-situatie.txt");
        const saved = await readFile(await download.path(), "utf8");
        assert.equal(saved, (await page.locator("#summary-text").inputValue()) + "\n");
        assert.equal(page.url().split("#")[0], site.baseUrl + "/hulp", "the page stays");
      });
    });
  });
}

for (const mode of MODES) {
  test(`the desk overview: every help point for the client's municipality, to print (${mode.name})`, async () => {
    await withPage({ javaScriptEnabled: mode.js }, async (page) => {
      await load(page, site.baseUrl + "/hulp", mode.js);
      await answer(page, mode, { role: ["professional"], consent: ["yes"], what: ["domestic"], place: { text: "Utrecht" } });
      await page.waitForSelector(".overview-form");
      const urls = [];
      page.on("request", (req) => urls.push(req.url()));
      if (mode.js) {
        // Drawn in place of the plan, so the phone's Back returns to the plan.
        await press(page, mode, ".overview-form button");
        assert.equal(page.url(), site.baseUrl + "/hulp", "the place stays out of the address");
      } else {
        await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.locator(".overview-form button").click()]);
        assert.equal(page.url(), site.baseUrl + "/hulp/overzicht", "the place stays out of the address");
      }
      assert.equal(await page.locator("h1").innerText(), "Alle hulp voor Utrecht");
      assert.ok(urls.every((url) => !url.includes("Utrecht")));
      const names = await page.locator(".overview-entry h3").allInnerTexts();
      for (const name of ["Centrum Seksueel Geweld Utrecht", "Veilig Thuis Utrecht", "Sense bij GGD Regio Utrecht"]) {
        assert.ok(names.includes(name), `${name} in ${names.join(" | ")}`);
      }
      assert.ok(!names.some((n) => /Twente|Bonaire/.test(n)));
      const groups = await page.locator(".overview-group h2").allInnerTexts();
      assert.ok(groups.length >= 3, groups.join(" | "));
      const firstEntries = await page.locator(".overview-group").first().locator(".entry-org").allInnerTexts();
      const lastRegional = firstEntries.findLastIndex((t) => /in deze regio/.test(t));
      const firstNational = firstEntries.findIndex((t) => !/in deze regio/.test(t));
      assert.ok(firstNational === -1 || lastRegional < firstNational, "the region's own help first");
      assert.equal(await page.getByRole("button", { name: "Print dit overzicht" }).count(), mode.js ? 1 : 0);
      const pdf = await page.pdf({ format: "A4" });
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      console.log(`desk overview for Utrecht: ${pages} A4 pages (${mode.name})`);
      assert.ok(pages >= 1 && pages <= 4, `${pages} A4 pages`);
      assert.deepEqual(await axeViolations(page, mode.js), []);
      await page.emulateMedia({ media: "print" });
      assert.equal(await page.locator(".site-header").isVisible(), false);
      assert.equal(await page.locator("footer").isVisible(), false);
      assert.ok(await page.locator(".overview-entry").first().isVisible());
      assert.ok(await page.locator(".open-now, .closed-now").count() > 0, "the screen says what is open now");
      const said = await page.locator(".open-now, .closed-now").evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
      assert.equal(said, 0, "a printed page does not say what is open 'now'");
      await page.emulateMedia({ media: "screen" });
      if (mode.js) await page.goBack();
      else await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.getByRole("button", { name: "Terug naar het hulpplan" }).click()]);
      await page.waitForSelector(".first-step");
      assert.equal(await page.locator(".first-step .step-org").innerText(), "Veilig Thuis", "back at the same plan");
      assert.equal(page.url(), site.baseUrl + "/hulp");
    });
  });
}

describe("summary (JavaScript on only)", () => {
  test("copy puts the summary on the clipboard", async () => {
    await withPage({ javaScriptEnabled: true, permissions: ["clipboard-read", "clipboard-write"] }, async (page) => {
      await toPlan(page, true);
      await page.locator("button", { hasText: "Kopieer" }).click();
      await page.waitForSelector(".summary-status:has-text('gekopieerd')");
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(clipboard, await page.locator("#summary-text").inputValue());
    });
  });

  test("print media shows only the summary and the chosen help point", async () => {
    await withPage({ javaScriptEnabled: true }, async (page) => {
      await toPlan(page, true);
      await page.emulateMedia({ media: "print" });
      assert.ok(await page.locator(".summary-print").isVisible());
      assert.ok(await page.locator(".first-step .step-name").isVisible());
      for (const hidden of [".site-header", ".emergency", ".plan-others", ".plan-guidance", "#summary-text", ".own-words", ".summary-actions", "footer"]) {
        assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is printed`);
      }
      assert.equal(await page.locator(".summary-print").innerText(), await page.locator("#summary-text").inputValue());
      const colours = await page.locator(".first-step :is(.action, .step-name, .contact-hours, .summary-print), .summary-print")
        .evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => [el.className, getComputedStyle(el).color]));
      assert.ok(colours.length >= 2, JSON.stringify(colours));
      for (const [what, colour] of colours) assert.equal(colour, "rgb(0, 0, 0)", `${what} prints in full black`);
      await page.emulateMedia({ media: "screen" });
      assert.equal(await page.locator(".summary-print").isVisible(), false);
    });
  });

  test("share hands the summary to the Web Share API where the browser has it", async () => {
    await withPage({ javaScriptEnabled: true }, async (page) => {
      await toPlan(page, true);
      const hasShare = await page.evaluate(() => typeof navigator.share === "function");
      assert.equal(await page.locator("button", { hasText: "Deel" }).count(), hasShare ? 1 : 0, "shown only where it works");
    });
    // Headless Chromium on Linux has no share sheet, so this browser gets a stand-in for
    // navigator.share that records what it is given, before the page's own scripts run.
    await withPage({ javaScriptEnabled: true }, async (page) => {
      await page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, "share", {
          configurable: true,
          value: async function (data) { window.sharedWithSheet = data; },
        });
      });
      await toPlan(page, true);
      await page.locator("button", { hasText: "Deel" }).click();
      const shared = await page.waitForFunction(() => window.sharedWithSheet).then((h) => h.jsonValue());
      assert.deepEqual(shared, { text: await page.locator("#summary-text").inputValue() });
    });
  });

  test("full-screen in large type, closed with Escape", async () => {
    await withPage({ javaScriptEnabled: true }, async (page) => {
      await toPlan(page, true);
      await page.locator("button", { hasText: "Toon groot op het scherm" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      const size = await page.locator(".summary-full-text").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(size >= 28, `font size ${size}`);
      const box = await dialog.boundingBox();
      assert.ok(box.width >= 360 && box.height >= 740, "it covers the screen");
      assert.equal(await page.evaluate(() => document.activeElement?.id), "summary-full-close");
      assert.equal(await dialog.evaluate((el) => el.scrollTop), 0, "it opens at the top");
      const close = await page.locator("#summary-full-close").boundingBox();
      assert.ok(close.width >= 44 && close.height >= 44, `close button ${close.width}×${close.height}`);
      const exit = await page.locator(".top-bar .quick-exit").boundingBox();
      const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest(".quick-exit") !== null,
        [exit.x + exit.width / 2, exit.y + exit.height / 2]);
      assert.ok(onTop, "the quick exit stays in view above the full-screen summary");
      const heading = await page.locator("#summary-full-heading").boundingBox();
      assert.ok(heading.y >= exit.y + exit.height, "the header does not cover the summary's heading");
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
    });
  });
});
