// Moving through the questionnaire in a test: which screen is showing, pressing a button
// and waiting for the next screen (drawn in place with JavaScript, a new page without),
// and answering a whole flow.
import assert from "node:assert/strict";
import { axeViolations } from "./harness.mjs";

/** The screen showing: the question on it (its form field name, the first when questions
 * share a screen), "first" for the first step on its own ("Dit is nu het belangrijkste"),
 * or "plan". */
export async function screenOf(page) {
  if (await page.locator("#plan-heading").count()) return "plan";
  if (await page.locator("main .first-step-actions").count()) return "first";
  return page.locator("main input[name=step]").first().getAttribute("value");
}

/** The ids of the questions on the screen showing, in order. */
async function questionsOnScreen(page) {
  return page.locator("main input[type=radio], main input[type=checkbox], main #place")
    .evaluateAll((inputs) => [...new Set(inputs.map((i) => (i.name === "island" ? "place" : i.name)))]);
}

/** Does `act` (a click or a key press that submits) and waits for the next screen: drawn
 * in place (and the plan fetched) with JavaScript, a new page without. */
export async function submitting(page, mode, act) {
  if (!mode.js) {
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), act()]);
    return;
  }
  const before = await page.locator("main").innerHTML();
  await act();
  await page.waitForFunction((old) => {
    const main = document.querySelector("main");
    return main && main.innerHTML !== old && !main.querySelector(".plan-waiting");
  }, before);
}

/** Presses a submit button and waits for the next screen. */
export async function press(page, mode, selector) {
  await submitting(page, mode, () => page.locator(selector).click());
}

/**
 * Answers the question screen showing with `answers`, which maps a question to option ids
 * (or, for the place, `{ text }` / `{ island }`), and presses Next; a screen none of whose
 * questions is in `answers` is skipped. Returns the taps it took: a checked option, a
 * typed place or a pressed button is one tap.
 */
export async function answerScreen(page, mode, answers) {
  const asked = (await questionsOnScreen(page)).filter((q) => answers[q] !== undefined);
  if (asked.length === 0) {
    await press(page, mode, "button[value=skip]");
    return 1;
  }
  let taps = 1;
  for (const question of asked) {
    const chosen = answers[question];
    if (question === "place") {
      if (chosen.text) await page.fill("#place", chosen.text);
      if (chosen.island) await page.check(`#island-${chosen.island}`);
      taps++;
    } else {
      for (const id of chosen) await page.check(`#${question}-${id}`);
      taps += chosen.length;
    }
  }
  await press(page, mode, "button[value=next]");
  return taps;
}

/** Answers screens (see `answerScreen`) until the screen `until` shows. */
export async function answerUntil(page, mode, answers, until) {
  for (let i = 0; i < 12 && (await screenOf(page)) !== until; i++) {
    await answerScreen(page, mode, answers);
  }
}

/**
 * Answers the questionnaire from the screen showing (see `answerScreen`) up to the plan,
 * going past the first step's own screen, and on without a place when the place typed is
 * asked again (not found). Returns the screens seen (see `screenOf`),
 * after auditing each with axe when `audit` is set.
 */
export async function answer(page, mode, answers, audit = false) {
  const seen = [];
  for (let i = 0; i < 12; i++) {
    const step = await screenOf(page);
    if (step === "plan") break;
    seen.push(step);
    if (audit) assert.deepEqual(await axeViolations(page, mode.js), [], `axe on ${step}`);
    if (step === "first") await press(page, mode, "button[value=on]");
    // A place that is not found is asked again: go on without one.
    else if (await page.locator("#place-check").count()) await press(page, mode, "button[value=skip]");
    else await answerScreen(page, mode, answers);
  }
  return seen;
}

/** Submits with `act` and waits for the plan to be drawn again. */
export async function resubmitting(page, js, act) {
  if (!js) {
    await Promise.all([page.waitForNavigation({ waitUntil: "load" }), act()]);
    return;
  }
  const before = await page.locator("#summary-text").inputValue();
  await act();
  await page.waitForFunction((old) => {
    const box = document.querySelector("#summary-text");
    return box && box.value !== old;
  }, before);
}
