// "Klopt er iets niet?", walked as a person on a 360×740 phone would: on an organisation
// page with JavaScript off, the warning not to write about oneself stands before the text
// box, the note is kept exactly as typed (a hostile text stays text) and never reaches the
// server's log; from a plan with JavaScript on, the thanks lead back to the same plan; a
// form sent without a kind comes back with the text kept and nothing stored, and sending
// it again works; axe finds nothing on the open form or the thanks. What was stored is read
// back with `hulpwijzer reports list|show`, as whoever deals with the notes would.
// Every note here comes from one address; the server here lets 100 an hour through (the
// limit itself is tested in server/tests/reports.rs).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { answer } from "../flow.mjs";
import { axeViolations, collectErrors, load, MODES, ready, startSite, withPage } from "../harness.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const serverBin = process.env.HULPWIJZER_BIN ?? join(repo, "target/release/hulpwijzer");

let site;
before(async () => { site = await startSite({ HULPWIJZER_REPORTS_PER_HOUR: "100" }); });
after(async () => { await site?.stop(); });

/** `hulpwijzer reports ARGS` against this run's database: its output. */
async function reports(...args) {
  const { stdout } = await promisify(execFile)(serverBin, ["reports", ...args], {
    env: { PATH: process.env.PATH, HULPWIJZER_DATABASE_URL: site.databaseUrl },
  });
  return stdout;
}

/** The stored notes' list lines. */
async function listed() {
  return (await reports("list")).split("\n").filter((line) => line.startsWith("#"));
}

/** The one note stored since `before` (list lines): its number, `show` and list line. */
async function theNewNote(before) {
  const added = (await listed()).filter((line) => !before.includes(line));
  assert.equal(added.length, 1, `exactly one new note:\n${added.join("\n")}`);
  const id = added[0].match(/^#(\d+)\s/)[1];
  return { id, line: added[0], shown: await reports("show", id) };
}

/** The whole text of a note as `reports show` prints it: everything after its header. */
function shownText(shown) {
  return shown.slice(shown.indexOf("\n\n") + 2).replace(/\n$/, "");
}

/** A text no other test types, to find it again (or not) in the database and the log. */
function marker() {
  return `m-${randomUUID().slice(0, 8)}`;
}

/** Submits a "Klopt er iets niet?" form (or the way back) with `act`; the new page's
 * response, once loaded (and ready with JavaScript). */
async function sending(page, js, act) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: "load" }), act()]);
  if (js) {
    await ready(page);
  }
  return response;
}

/** Opens the organisation page's "Klopt er iets niet?": the form. */
async function openOnOrganisation(page, js) {
  await load(page, site.baseUrl + "/organisaties/csg", js);
  const details = page.locator("details.report");
  assert.equal(await details.count(), 1, "one form on the organisation page");
  assert.equal(await details.locator("form.report-form").isVisible(), false, "closed until asked for");
  await details.getByText("Klopt er iets niet?", { exact: true }).click();
  const form = details.locator("form.report-form");
  await form.waitFor({ state: "visible" });
  return form;
}

describe("Klopt er iets niet? (JavaScript off)", () => {
  test("on an organisation page: the warning before the text box, the note kept exactly as typed, never logged", async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      const form = await openOnOrganisation(page, false);
      assert.equal(await form.getAttribute("action"), "/melding");
      assert.equal(await form.locator("input[name=report_about]").inputValue(), "organisation:csg");

      const warning = form.locator(".report-warning");
      const box = form.getByLabel(/^Wat is er fout\?/);
      assert.ok(await warning.isVisible(), "the warning shows");
      assert.match(await warning.innerText(), /^Schrijf hier niets over jezelf of over wat er is gebeurd\./);
      const [warned, typed] = [await warning.boundingBox(), await box.boundingBox()];
      assert.ok(warned.y + warned.height <= typed.y, "the warning stands above the text box");
      assert.ok(
        await warning.evaluate((w, t) => Boolean(w.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING), await box.elementHandle()),
        "and comes before it when read aloud",
      );
      const warningId = await warning.getAttribute("id");
      assert.ok((await box.getAttribute("aria-describedby")).split(" ").includes(warningId), "the text box is described by the warning");
      assert.equal(await box.getAttribute("maxlength"), "1000");

      const mark = marker();
      const text = `Het nummer is veranderd </textarea><h2>Bel 0900-0000</h2> ${mark}`;
      const before = await listed();
      await form.getByLabel("Het telefoonnummer", { exact: true }).check();
      await box.fill(text);
      const response = await sending(page, false, () => form.getByRole("button", { name: "Verstuur" }).click());

      assert.equal(response.status(), 200);
      assert.equal(page.url(), site.baseUrl + "/melding");
      assert.equal(await page.locator("h1#report-heading").innerText(), "Dank je");
      assert.match(await page.getByRole("status").filter({ hasText: "melding" }).innerText(), /We hebben je melding gekregen/);
      assert.equal(await page.locator("h2", { hasText: "0900-0000" }).count(), 0, "nothing sent became a heading");
      assert.ok(!(await page.content()).includes(mark), "the thanks do not repeat the text");
      const back = page.getByRole("link", { name: "Terug naar Centrum Seksueel Geweld" });
      assert.equal(await back.getAttribute("href"), "/organisaties/csg");

      const note = await theNewNote(before);
      assert.match(note.line, /^#\d+\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC\s+open\s+organisation:csg\s+phone\s+Het nummer is veranderd/);
      assert.match(note.shown, /^about: {4}organisation:csg$/m);
      assert.match(note.shown, /^problem: {2}phone$/m);
      assert.match(note.shown, /^reply to: \(no address\)$/m);
      assert.equal(shownText(note.shown), text, "kept exactly as typed");
      assert.ok(!site.log().includes(mark), "the text never reaches the server's log");
      assert.ok(!site.log().includes("0900-0000"));

      await Promise.all([page.waitForNavigation({ waitUntil: "load" }), back.click()]);
      assert.equal(page.url(), site.baseUrl + "/organisaties/csg");
      assert.match(await page.locator("h1").innerText(), /Centrum Seksueel Geweld/);
    });
  });
});

describe("Klopt er iets niet? (JavaScript on)", () => {
  test("from a plan: 'Is something wrong?' under the first option, 'Thank you', and 'Back to your plan' shows the same plan", async () => {
    await withPage({ javaScriptEnabled: true }, async (page) => {
      const errors = collectErrors(page);
      await load(page, site.baseUrl + "/en/help", true);
      // Harassment longer ago: Slachtofferhulp Nederland first.
      await answer(page, { js: true }, { role: ["victim"], what: ["harassment"], when: ["longer_ago"] });
      await page.waitForSelector("#summary-text");
      const first = page.locator("main .plan-step").first();
      const heading = await first.locator(".step-name").innerText();

      // The form sits with the option's sources, behind "More about this help".
      await first.locator("details.step-more > summary").click();
      const details = first.locator("details.report");
      await details.getByText("Is something wrong?", { exact: true }).click();
      const form = details.locator("form.report-form");
      await form.waitFor({ state: "visible" });
      assert.equal(await form.getAttribute("action"), "/en/report");
      assert.equal(await form.locator("input[name=report_from_plan]").inputValue(), "1");
      assert.equal(await form.locator("input[type=hidden][name=role]").inputValue(), "victim", "the plan's answers ride along");
      assert.ok(await form.locator(".report-warning").isVisible());
      assert.match(await form.locator(".report-warning").innerText(), /^Do not write anything about yourself/);

      const before = await listed();
      await form.getByLabel("The opening hours", { exact: true }).check();
      const response = await sending(page, true, () => form.getByRole("button", { name: "Send" }).click());
      assert.equal(response.status(), 200);
      assert.equal(await page.locator("h1#report-heading").innerText(), "Thank you");
      assert.match(await page.getByRole("status").filter({ hasText: "note" }).innerText(), /We have received your note/);
      const note = await theNewNote(before);
      assert.match(note.line, /\bopen\s+service:\S+\s+hours\s*$/);

      await sending(page, true, () => page.getByRole("button", { name: "Back to your plan" }).click());
      assert.equal(page.url(), site.baseUrl + "/en/help");
      await page.locator("#plan-heading").waitFor();
      assert.equal(await page.locator("main .plan-step").first().locator(".step-name").innerText(), heading, "the same plan again");
      assert.deepEqual(errors, []);
    });
  });

  test(
    "every option of the plan after rape less than 72 hours ago can be reported",
    async () => {
      await withPage({ javaScriptEnabled: true }, async (page) => {
        await load(page, site.baseUrl + "/en/help", true);
        await answer(page, { js: true }, { role: ["victim"], what: ["rape_or_assault"], when: ["within_72h"] });
        await page.waitForSelector("#summary-text");
        // Each option's own form, sent as the browser would, with "The opening hours".
        const sent = await page.locator("main .plan-step form.report-form").evaluateAll((forms) =>
          Promise.all(forms.map(async (form) => {
            const fields = new URLSearchParams(new FormData(form));
            fields.set("report_kind", "hours");
            const res = await fetch(form.action, { method: "POST", body: fields });
            return `${fields.get("report_about")} ${res.status}`;
          })));
        assert.ok(sent.length >= 2, sent.join());
        assert.deepEqual(sent.filter((s) => !s.endsWith(" 200")), [], sent.join(", "));
      });
    },
  );
});

for (const mode of MODES) {
  describe(`Klopt er iets niet?: a mistake, and axe (${mode.name})`, () => {
    test("sent without a kind: the form comes back with the alert and the text kept, nothing stored; choosing a kind then sends it", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        const errors = collectErrors(page);
        const form = await openOnOrganisation(page, mode.js);
        const mark = marker();
        const text = `De website opent niet </textarea><h2>Bel 0900-0000</h2> & "meer" ${mark}`;
        const before = await listed();
        await form.getByLabel(/^Wat is er fout\?/).fill(text);
        const refused = await sending(page, mode.js, () => form.getByRole("button", { name: "Verstuur" }).click());

        assert.equal(refused.status(), 422);
        const alert = page.getByRole("alert").filter({ hasText: "melding" });
        assert.match(await alert.innerText(), /Je melding is nog niet verstuurd\./);
        assert.match(await alert.innerText(), /Kies wat er niet klopt\./);
        const again = page.locator("main form.report-form");
        assert.ok(await again.isVisible(), "the form shows, open");
        assert.equal(await again.locator(".field-error").first().innerText(), "Kies wat er niet klopt.");
        assert.equal(await again.getByLabel(/^Wat is er fout\?/).inputValue(), text, "the text is kept, as typed");
        assert.equal(await page.locator("h2", { hasText: "0900-0000" }).count(), 0, "and stays text");
        assert.deepEqual(await listed(), before, "nothing stored");

        await again.getByLabel("De website", { exact: true }).check();
        const response = await sending(page, mode.js, () => again.getByRole("button", { name: "Verstuur" }).click());
        assert.equal(response.status(), 200);
        assert.equal(await page.locator("h1#report-heading").innerText(), "Dank je");
        const note = await theNewNote(before);
        assert.match(note.line, /\sorganisation:csg\s+website\s/);
        assert.equal(shownText(note.shown), text, "nothing lost");
        // Chromium logs the 422 page it was sent as an error; it is the answer shown.
        assert.deepEqual(errors.filter((e) => !/status of 422 /.test(e)), []);
      });
    });

    test("axe: the organisation page with the form open, and the thanks, at 360×740", async () => {
      await withPage({ javaScriptEnabled: mode.js }, async (page) => {
        const form = await openOnOrganisation(page, mode.js);
        const fits = () => page.evaluate(() => document.documentElement.scrollWidth);
        assert.deepEqual(await axeViolations(page, mode.js), [], "the open form");
        assert.ok((await fits()) <= 360, "no sideways scrolling");
        await form.getByLabel("Het adres", { exact: true }).check();
        await sending(page, mode.js, () => form.getByRole("button", { name: "Verstuur" }).click());
        assert.equal(await page.locator("h1#report-heading").innerText(), "Dank je");
        assert.deepEqual(await axeViolations(page, mode.js), [], "the thanks");
        assert.ok((await fits()) <= 360, "no sideways scrolling");
      });
    });
  });
}
