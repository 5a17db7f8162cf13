// Moving through the questionnaire in a test: which screen is showing, pressing a button
// and waiting for the next screen (drawn in place with JavaScript, a new page without),
// and answering a whole flow.
import assert from "node:assert/strict";
import { axeViolations } from "./harness.mjs";

/** The question on screen (its form field name), or "plan". */
export async function screenOf(page) {
  if (await page.locator("#plan-heading").count()) return "plan";
  return page.locator("main input[name=step]").getAttribute("value");
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
 * Answers the questionnaire from the first screen: `answers` maps a question to option
 * ids (or, for the place, `{ text }` / `{ island }`); other questions are skipped. Returns
 * the questions seen, after auditing each screen with axe when `audit` is set.
 */
export async function answer(page, mode, answers, audit = false) {
  const seen = [];
  for (let i = 0; i < 10; i++) {
    const step = await screenOf(page);
    if (step === "plan") break;
    seen.push(step);
    if (audit) assert.deepEqual(await axeViolations(page, mode.js), [], `axe on ${step}`);
    const chosen = answers[step];
    if (chosen === undefined) {
      await press(page, mode, "button[value=skip]");
      continue;
    }
    if (step === "place") {
      if (chosen.text) await page.fill("#place", chosen.text);
      if (chosen.island) await page.check(`#island-${chosen.island}`);
    } else {
      for (const id of chosen) await page.check(`#${step}-${id}`);
    }
    await press(page, mode, "button[value=next]");
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
