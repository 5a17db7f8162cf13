// The way to the first real contact, walked as a person on a 360×740 phone would, from the
// start page, with JavaScript on and off: the screens seen and the taps made until the first
// help point's button (a number or a chat, never 112 or 911) is on the screen, who that
// first help point is, and how many phone screens the plan takes from its top to the
// summary. The targets: sexual assault less than 7 days ago at most 4 screens, danger now
// at most 1, every other journey at most 7; the victim, bystander and parent plans at most
// 4 phone screens. Each journey logs one line of figures for the session note.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { answerScreen, press, screenOf } from "../flow.mjs";
import { load, MODES, OFFICE_HOURS, startSite, withPage } from "../harness.mjs";

const PHONE_HEIGHT = 740;

const sites = {};
before(async () => {
  // A Wednesday afternoon, and 23:35 the same day.
  sites.day = await startSite({ HULPWIJZER_FIXED_TIME: OFFICE_HOURS });
  sites.night = await startSite({ HULPWIJZER_FIXED_TIME: "2026-12-02T23:35:00+01:00" });
});
after(async () => {
  await Promise.all(Object.values(sites).map((s) => s.stop()));
});

const JOURNEYS = [
  {
    name: "raped less than 72 hours ago",
    answers: { role: ["victim"], what: ["rape_or_assault"], when: ["within_72h"], place: { text: "3511 AB" } },
    maxScreens: 4,
    first: /Centrum Seksueel Geweld/,
    planScreens: 4,
  },
  {
    name: "raped this week, on Bonaire",
    answers: { role: ["victim"], what: ["rape_or_assault"], when: ["within_7d"] },
    island: "bonaire",
    maxScreens: 7,
    first: /Slachtofferhulp Caribisch Nederland|Victim Support/,
    noEuropeanNumber: true,
  },
  {
    name: "a bystander at 23:35: a friend groped in a club",
    site: "night",
    answers: { role: ["bystander"], what: ["harassment"], setting: ["nightlife"], place: { text: "Amsterdam" } },
    maxScreens: 7,
    // The 24/7 centre, not Slachtofferhulp's office-hours line.
    first: /Centrum Seksueel Geweld/,
    doNowFirst: true,
    planScreens: 4,
  },
  {
    name: "a parent worried about abuse that keeps happening",
    answers: { role: ["relative"], what: ["child_abuse"], when: ["ongoing"], age: ["under_12"], place: { text: "Utrecht" } },
    maxScreens: 7,
    first: /Veilig Thuis/,
    planScreens: 4,
  },
  {
    name: "a 14-year-old whose images keep being spread",
    answers: { role: ["victim"], what: ["online"], when: ["ongoing"], age: ["12_to_17"] },
    maxScreens: 7,
    first: /Helpwanted/,
  },
  {
    name: "worried about own thoughts, nothing happened",
    answers: { role: ["own_behaviour"], what: ["thoughts_only"], age: ["25_plus"] },
    maxScreens: 7,
    first: /Stop it Now/,
  },
  {
    name: "a GGD professional at a desk",
    answers: { role: ["professional"], consent: ["yes"], what: ["domestic"], when: ["longer_ago"], age: ["under_12"], place: { text: "Utrecht" } },
    maxScreens: 7,
    first: /Veilig Thuis/,
  },
];

/** The first help point's button on the screen, if there is one. */
function firstContact(page) {
  return page.locator("main .first-step .plan-contact a.action").first();
}

/** From the start page to the first help point's button: screens, taps and who it is. */
async function walk(page, mode, journey) {
  await page.locator(".start-help a.action-big").click();
  await page.waitForSelector("main input[name=step]", { state: "attached" });
  let taps = 1;
  let screens = 0;
  for (let i = 0; i < 12; i++) {
    screens++;
    const step = await screenOf(page);
    if (step === "first" && journey.island && (await page.locator(".island-choice").count())) {
      await press(page, mode, `.island-choice button[value=${journey.island}]`);
      taps++;
      continue;
    }
    if (await firstContact(page).count()) break;
    assert.notEqual(step, "plan", "the plan has a first step");
    taps += await answerScreen(page, mode, journey.answers);
  }
  const first = page.locator("main .first-step");
  return {
    screens,
    taps,
    org: `${await first.locator(".step-name").innerText()} (${await first.locator(".step-org").innerText()})`,
    href: await firstContact(page).getAttribute("href"),
  };
}

/** The plan's length in phone screens, from its heading to the summary's. */
async function planLength(page) {
  await page.waitForSelector("#summary-heading");
  const pixels = await page.evaluate(() =>
    document.querySelector("#summary-heading").getBoundingClientRect().top -
    document.querySelector("#plan-heading").getBoundingClientRect().top);
  return pixels / PHONE_HEIGHT;
}

for (const mode of MODES) {
  describe(`journeys to the first contact (${mode.name})`, () => {
    for (const journey of JOURNEYS) {
      test(`${journey.name}: at most ${journey.maxScreens} screens`, async () => {
        const site = sites[journey.site ?? "day"];
        await withPage({ javaScriptEnabled: mode.js }, async (page) => {
          await load(page, site.baseUrl + "/", mode.js);
          const got = await walk(page, mode, journey);
          assert.ok(got.screens <= journey.maxScreens, `${got.screens} screens`);
          assert.doesNotMatch(got.href, /^tel:(112|911)$/);
          if (journey.first) assert.match(got.org, journey.first);
          if (journey.noEuropeanNumber) assert.doesNotMatch(got.href, /^tel:\+31[89]00/, "no European 0800/0900 number first");
          let plan = "";
          if (journey.planScreens) {
            for (let i = 0; i < 8 && (await screenOf(page)) !== "plan"; i++) {
              if ((await screenOf(page)) === "first") await press(page, mode, "button[value=on]");
              else await answerScreen(page, mode, journey.answers);
            }
            const length = await planLength(page);
            plan = `, plan ${length.toFixed(1)} phone screens`;
            if (journey.doNowFirst) {
              const order = await page.locator("main section").evaluateAll((s) => s.map((e) => e.className));
              assert.ok(order.indexOf("plan-now") < order.indexOf("plan-first"), order.join());
            }
            assert.ok(length <= journey.planScreens, `the plan is ${length.toFixed(2)} phone screens`);
          }
          console.log(`journey | ${mode.name} | ${journey.name} | ${got.screens} screens, ${got.taps} taps | ${got.org} ${got.href}${plan}`);
        });
      });
    }

    test("danger now: the emergency number on the first question's screen, after one screen", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        await load(page, sites.day.baseUrl + "/", mode.js);
        await page.locator(".start-help a.action-big").click();
        await page.waitForSelector("main input[name=step]", { state: "attached" });
        assert.equal(await screenOf(page), "role");
        await press(page, mode, "button[value=danger]");
        assert.equal(await screenOf(page), "role", "still the first screen");
        await page.locator(".danger-now a[href='tel:112']").waitFor();
        console.log(`journey | ${mode.name} | danger now | 1 screen, 2 taps | 112`);
      });
    });
  });
}
