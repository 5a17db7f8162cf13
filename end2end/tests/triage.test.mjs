// The questionnaire and the plan, on a 360×740 phone, with JavaScript on and off: the whole
// flow for each role, axe on every screen, keyboard-only completion, "danger now" first,
// Back keeping answers, no full page loads once the wasm runs, and no answer in any URL
// or in the server's log.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { answer, answerUntil, press, screenOf, submitting } from "../flow.mjs";
import { axeViolations, collectErrors, load, MODES, ready, startSite, withPage } from "../harness.mjs";

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

const FLOWS = [
  {
    role: "victim",
    path: "/hulp",
    answers: { role: ["victim"], what: ["rape_or_assault"], when: ["within_72h"], age: ["18_to_24"], place: { text: "3511 AB" }, needs: ["medical"], contact: ["chat"] },
    questions: ["role", "what", "when", "first", "age", "place", "needs"],
    first: "Centrum Seksueel Geweld Utrecht",
    firstAction: "Open de chat",
    guidance: "Sporen bewaren",
  },
  {
    role: "relative",
    path: "/en/help",
    answers: { role: ["relative"], what: ["online"], when: ["within_7d"], age: ["12_to_17"] },
    questions: ["role", "what", "when", "age", "first", "place", "needs"],
    firstOrg: "Helpwanted",
    guidance: "When someone confides in you",
  },
  {
    role: "bystander",
    path: "/hulp",
    answers: { role: ["bystander"], what: ["harassment"], setting: ["nightlife"], place: { text: "Amsterdam" } },
    questions: ["role", "what", "setting", "age", "place", "needs"],
    firstOrg: "Slachtofferhulp Nederland",
    guidance: "Wat je nu kunt doen",
  },
  {
    role: "own_behaviour",
    path: "/hulp",
    answers: { role: ["own_behaviour"], what: ["thoughts_only"], age: ["25_plus"], needs: ["stop_behaviour"], contact: ["anonymous"] },
    questions: ["role", "what", "age", "place", "needs"],
    firstOrg: "Stop it Now!",
    guidance: "eigen gedrag",
    absent: "Politie",
  },
  {
    role: "professional",
    path: "/en/help",
    answers: { role: ["professional"], consent: ["yes"], what: ["domestic"], when: ["longer_ago"], age: ["under_12"], place: { text: "3511AB" } },
    questions: ["role", "consent", "when", "age", "place", "needs"],
    first: "Veilig Thuis Utrecht",
    guidance: "Referring with consent",
  },
];

for (const mode of MODES) {
  describe(`triage (${mode.name})`, () => {
    for (const flow of FLOWS) {
      test(`the whole flow for a ${flow.role}, axe-clean on every screen, nothing in any URL`, async () => {
        await withPage({ javaScriptEnabled: mode.js }, async (page) => {
          const errors = collectErrors(page);
          const urls = [];
          let documents = 0;
          page.on("request", (req) => {
            urls.push(req.url());
            if (req.resourceType() === "document") documents++;
          });
          await load(page, site.baseUrl + flow.path, mode.js);
          const seen = await answer(page, mode, flow.answers, true);
          assert.deepEqual(seen, flow.questions);
          assert.ok(seen.filter((q) => q !== "first").length <= 6, "at most six screens of questions");
          await page.waitForSelector(".first-step");
          const first = page.locator(".first-step");
          if (flow.first) assert.equal(await first.locator(".step-name").innerText(), flow.first);
          if (flow.firstOrg) assert.equal(await first.locator(".step-org").innerText(), flow.firstOrg);
          if (flow.firstAction) assert.equal(await first.locator(".action").first().innerText(), flow.firstAction);
          assert.ok((await first.locator(".reasons li").count()) > 0, "the first step says why");
          assert.equal(await first.locator("a.action-big").count(), 1, "one big button");
          assert.match((await page.locator(".plan-guidance, .plan-now").allInnerTexts()).join("\n"), new RegExp(flow.guidance));
          if (flow.absent) assert.doesNotMatch(await page.locator("main").innerText(), new RegExp(`\\b${flow.absent}\\b`));
          // The emergency line names the place's number once it is known, both numbers before.
          assert.equal(await page.locator(".emergency-islands").count(), flow.answers.place ? 0 : 1, "911 for the islands beside 112 only while the place is unknown");
          assert.deepEqual(await axeViolations(page, mode.js), [], "axe on the plan");
          assert.equal(page.url(), site.baseUrl + flow.path, "the address never changes");
          const values = Object.values(flow.answers).flatMap((v) => (Array.isArray(v) ? v : Object.values(v)));
          for (const url of urls) {
            for (const value of values) {
              assert.ok(!url.includes(encodeURIComponent(value)), `${value} in ${url}`);
            }
          }
          assert.ok(urls.every((url) => !url.includes("?")), urls.join("\n"));
          assert.equal(documents, mode.js ? 1 : seen.length + 1, "no full page loads once the wasm runs");
          assert.deepEqual(errors, []);
        });
      });
    }

    test("a professional whose client has not consented gets what to do instead, and nothing more", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/hulp", mode.js);
        await page.check("#role-professional");
        await press(page, mode, "button[value=next]");
        assert.equal(await screenOf(page), "consent");
        assert.match(await page.locator("h1").innerText(), /toestemming/);
        await page.check("#consent-no");
        await press(page, mode, "button[value=next]");
        assert.equal(await page.locator("h1").innerText(), "Zonder toestemming van uw cliënt");
        assert.equal(await page.locator(".first-step, .plan-step, .question-form").count(), 0, "no plan, no questions");
        assert.equal(await page.locator("a[href='/organisaties/veilig-thuis']").count(), 1);
        assert.match(await page.locator("main").innerText(), /op Bonaire, Sint Eustatius en Saba bij het advies- en meldpunt van het eiland \(op Bonaire: Guiami\)/, "and where to ask on the islands, where there is no Veilig Thuis");
        assert.deepEqual(await axeViolations(page, mode.js), []);
        await press(page, mode, ".change-answers button[value=back]");
        assert.equal(await screenOf(page), "consent");
        assert.ok(await page.isChecked("#consent-no"), "the answer is kept");
      });
    });

    test("keyboard only: Tab, Space and Enter reach a plan", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/hulp", mode.js);
        const tabTo = async (selector) => {
          for (let i = 0; i < 60; i++) {
            await page.keyboard.press("Tab");
            if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
          }
          assert.fail(`Tab never reached ${selector}`);
        };
        const enter = () => submitting(page, mode, () => page.keyboard.press("Enter"));
        await tabTo("#role-victim");
        await page.keyboard.press("Space");
        await tabTo("button[value=next]");
        await enter();
        assert.equal(await screenOf(page), "what");
        if (mode.js) assert.equal(await page.evaluate(() => document.activeElement?.id), "question", "focus moves to the new question");
        await tabTo("#what-rape_or_assault");
        await page.keyboard.press("Space");
        await tabTo("button[value=next]");
        await enter();
        for (let i = 0; i < 6 && (await screenOf(page)) !== "plan"; i++) {
          await tabTo("button[value=skip]");
          await enter();
        }
        await page.waitForSelector(".first-step");
        assert.equal(await page.locator(".first-step .step-org").innerText(), "Centrum Seksueel Geweld");
      });
    });

    test("not sure when it was, after a rape: the Centrum Seksueel Geweld comes first, on its own screen", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/hulp", mode.js);
        await answerUntil(page, mode, { role: ["victim"], what: ["rape_or_assault"], when: ["unsure"] }, "first");
        assert.equal(await screenOf(page), "first", "right after the question when");
        assert.equal(await page.locator(".first-step .step-org").innerText(), "Centrum Seksueel Geweld");
        assert.match(await page.locator(".first-step .reasons").innerText(), /Weet je niet precies wanneer het was\? Bel toch/);
      });
    });

    test("a bystander first sees what to do now, then where the person can get help, worded for a bystander", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/hulp", mode.js);
        await answer(page, mode, { role: ["bystander"], what: ["harassment"], setting: ["nightlife"], place: { text: "Amsterdam" } });
        await page.waitForSelector(".first-step");
        const order = await page.locator("main section").evaluateAll((els) => els.map((el) => el.className));
        assert.ok(order.indexOf("plan-now") >= 0 && order.indexOf("plan-now") < order.indexOf("plan-first"), order.join(" "));
        const steps = await page.locator(".plan-now li").allInnerTexts();
        assert.ok(steps.length >= 5, steps.join(" | "));
        assert.ok(steps.some((s) => /Ben je oké\?/.test(s)), steps.join(" | "));
        const reasons = await page.locator(".first-step .reasons").innerText();
        assert.match(reasons, /wie dit overkwam/);
        assert.doesNotMatch(reasons, /steunt je gratis/);
        assert.equal(await page.locator(".plan-guidance :text('De 5 D')").count(), 0, "not twice");
      });
    });

    test("switching language in the middle keeps the screen and the answers, and nothing goes into the address", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/hulp", mode.js);
        await page.check("#role-victim");
        await press(page, mode, "button[value=next]");
        await page.check("#what-rape_or_assault");
        await press(page, mode, "button[value=next]");
        assert.equal(await screenOf(page), "when");
        await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.locator(".language-switch button").click()]);
        if (mode.js) await ready(page);
        assert.equal(page.url(), site.baseUrl + "/en/help");
        assert.equal(await page.locator("html").getAttribute("lang"), "en");
        assert.equal(await screenOf(page), "when", "the same question");
        await press(page, mode, "button[value=back]");
        assert.equal(await screenOf(page), "what");
        assert.ok(await page.isChecked("#what-rape_or_assault"), "the answer is kept");
        assert.match(await page.locator("h1").innerText(), /happen/i);
      });
    });

    test("it keeps happening: no red box, one line that asks about danger now, Veilig Thuis first", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/hulp", mode.js);
        await answer(page, mode, { role: ["relative"], what: ["child_abuse"], when: ["ongoing"], age: ["under_12"] });
        await page.waitForSelector(".first-step");
        assert.equal(await page.locator(".danger-now, .plan-urgent").count(), 0, "no red box");
        assert.match(await page.locator(".plan-danger-check").innerText(), /Is iemand nu in gevaar\? Bel 112 \(911 op Bonaire, Sint Eustatius en Saba\)\./);
        assert.equal(await page.locator(".first-step .step-org").innerText(), "Veilig Thuis");
        assert.equal(await page.locator(".emergency-call").getAttribute("href"), "tel:112");
      });
    });

    test("danger now shows the emergency numbers at once, before the question and in the plan", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/hulp", mode.js);
        await press(page, mode, "button[value=danger]");
        const danger = page.locator(".danger-now");
        assert.equal(await danger.locator("a[href='tel:112']").count(), 1);
        assert.equal(await danger.locator("a[href='tel:911']").count(), 1);
        const order = await page.evaluate(() => {
          const danger = document.querySelector(".danger-now");
          const form = document.querySelector(".question-form");
          return danger.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING;
        });
        assert.ok(order, "the numbers come before the question");
        assert.equal(await screenOf(page), "role", "the question stays");
        await answer(page, mode, { role: ["bystander"], place: { island: "saba" } });
        await page.waitForSelector(".plan-urgent");
        assert.equal(await page.locator(".plan-urgent a[href='tel:911']").count(), 1, "911 on Saba");
        assert.equal(await page.locator(".plan-urgent a[href='tel:112']").count(), 0, "never 112 on Saba");
      });
    });

    test("Back keeps earlier answers, and the plan's change button returns to the questions", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/hulp", mode.js);
        await page.check("#role-relative");
        await press(page, mode, "button[value=next]");
        await page.check("#what-domestic");
        await press(page, mode, "button[value=next]");
        assert.equal(await screenOf(page), "when");
        await press(page, mode, "button[value=back]");
        assert.equal(await screenOf(page), "what");
        assert.ok(await page.isChecked("#what-domestic"));
        await press(page, mode, "button[value=back]");
        assert.ok(await page.isChecked("#role-relative"));
        assert.match(await page.locator(".progress").innerText(), /Vraag 1 van 6/);
        assert.equal(await page.locator("a.back-link[href='/']").count(), 1, "Back on the first question goes to the start page");
        await answer(page, mode, { role: ["relative"], what: ["domestic"] });
        await page.waitForSelector(".first-step");
        await press(page, mode, ".change-answers button[value=back]");
        assert.equal(await screenOf(page), "needs");
        await press(page, mode, "button[value=back]");
        assert.equal(await screenOf(page), "place");
      });
    });

    if (mode.js) {
      test("the phone's Back goes one screen back with the answers kept; the address stays /hulp", async () => {
        await withPage({ javaScriptEnabled: true }, async (page) => {
          await load(page, site.baseUrl + "/hulp", true);
          await page.check("#role-relative");
          await press(page, mode, "button[value=next]");
          await page.check("#what-domestic");
          await press(page, mode, "button[value=next]");
          assert.equal(await screenOf(page), "when");
          await page.goBack();
          await page.waitForSelector("#what-domestic");
          assert.ok(await page.isChecked("#what-domestic"), "the answer is kept");
          await page.goBack();
          await page.waitForSelector("#role-relative");
          assert.ok(await page.isChecked("#role-relative"));
          await page.goForward();
          await page.waitForSelector("#what-domestic");
          assert.equal(page.url(), site.baseUrl + "/hulp");
          const state = await page.evaluate(() => JSON.stringify(history.state));
          assert.equal(state, JSON.stringify("what"), "the history holds only the question's id");
        });
      });
    }

    test("a place with a typo is asked again ('Bedoel je Utrecht?'), a shared name offers both, one tap goes on", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, site.baseUrl + "/hulp", mode.js);
        await answerUntil(page, mode, { role: ["victim"], what: ["domestic"] }, "place");
        await page.fill("#place", "Utrect");
        await press(page, mode, "button[value=next]");
        assert.equal(await screenOf(page), "place", "asked again, not quietly national help");
        assert.match(await page.locator("#place-check").innerText(), /Bedoel je Utrecht\?/);
        assert.equal(await page.inputValue("#place"), "Utrect", "what was typed is kept");
        assert.deepEqual(await axeViolations(page, mode.js), []);
        await page.fill("#place", "Bergen");
        await press(page, mode, "button[value=next]");
        assert.deepEqual(await page.locator(".place-options button").allInnerTexts(), ["Bergen (NH.)", "Bergen (L.)"]);
        await press(page, mode, ".place-options button[value='Bergen (L.)']");
        assert.equal(await screenOf(page), "needs");
        await answer(page, mode, {});
        await page.waitForSelector(".plan-region");
        assert.match(await page.locator(".plan-region").innerText(), /Bergen \(L\.\)/);
      });
    });

    test(mode.js ? "use my location: asked only after a tap, then help in that region" : "no location button without JavaScript", async () => {
      const options = mode.js
        ? { javaScriptEnabled: true, permissions: ["geolocation"], geolocation: { latitude: 52.0907, longitude: 5.1214 } }
        : { javaScriptEnabled: false };
      await withPage(options, async (page) => {
        await load(page, site.baseUrl + "/hulp", mode.js);
        await answerUntil(page, mode, { role: ["victim"], what: ["domestic"] }, "place");
        assert.equal(await screenOf(page), "place");
        const button = page.getByRole("button", { name: "Gebruik mijn locatie" });
        if (!mode.js) {
          assert.equal(await button.count(), 0);
          return;
        }
        await button.click();
        await page.waitForSelector("input[name=lat]", { state: "attached" });
        assert.match(await page.locator(".location-status").innerText(), /gevonden/);
        await press(page, mode, "button[value=next]");
        await answer(page, mode, {});
        await page.waitForSelector(".first-step");
        assert.equal(await page.locator(".first-step .step-name").innerText(), "Veilig Thuis Utrecht");
      });
    });
  });
}

describe("triage privacy", () => {
  test("a marker in every free field, through pages and API, never reaches the log or a URL", async () => {
    const marker = "Zz9Marker";
    await withPage({ javaScriptEnabled: true }, async (page) => {
      const urls = [];
      page.on("request", (req) => urls.push(req.url()));
      await load(page, site.baseUrl + "/hulp", true);
      const seen = await answer(page, { js: true }, { role: ["victim"], place: { text: marker } });
      assert.equal(seen.filter((s) => s === "place").length, 2, "an unknown place is asked again");
      await page.waitForSelector(".first-step");
      assert.ok(urls.every((url) => !url.includes(marker)), urls.join("\n"));
    });
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await load(page, site.baseUrl + "/hulp", false);
      await answer(page, { js: false }, { role: ["victim"], place: { text: marker } });
      assert.ok(!page.url().includes(marker));
    });
    const fields = ["step", "go", "danger_now", "role", "what", "setting", "when", "age", "place", "island", "lat", "lon", "needs", "contact", "consent", "chosen", "own_words"];
    const form = new URLSearchParams(fields.map((name) => [name, marker]));
    const posted = await fetch(site.baseUrl + "/hulp", { method: "POST", body: form });
    assert.equal(posted.status, 200, "a tampered form still gets a page");
    assert.equal(posted.headers.get("cache-control"), "no-store");
    const body = {
      role: "victim", danger_now: true, what: ["online"], setting: ["online"], when: "now", age: "12_to_17",
      location: { municipality: marker }, needs: ["talk"], contact: ["chat"], own_words: `${marker} in mijn eigen woorden`, lang: "nl",
      chosen: marker.toLowerCase(),
    };
    const res = await fetch(site.baseUrl + "/api/v1/plan", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("cache-control"), "no-store");
    const bad = await fetch(site.baseUrl + "/api/v1/plan", {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...body, role: marker }),
    });
    assert.equal(bad.status, 422);
    assert.ok(!(await bad.text()).includes(marker), "an error does not echo the answer");
    await new Promise((ok) => setTimeout(ok, 200));
    assert.ok(site.log().length > 0, "the log was captured");
    assert.ok(!site.log().toLowerCase().includes(marker.toLowerCase()), "the marker is in the log");
    assert.ok(!site.log().includes("12_to_17") && !site.log().includes("rape_or_assault"), "answers are in the log");
  });
});
