// Starts what the browser tests need, for real, on loopback: the built Hulpwijzer server
// (its log captured), a neutral "weather" site for the quick exit to land on, and Debian's
// Chromium through playwright-core with a fresh profile.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium } from "playwright-core";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const serverBin = process.env.HULPWIJZER_BIN ?? join(repo, "target/release/hulpwijzer");
const siteRoot = process.env.HULPWIJZER_SITE_ROOT ?? join(repo, "target/site");
const regionsFile = process.env.HULPWIJZER_REGIONS_FILE ?? join(repo, "data/regions.json");
const dataDir = process.env.HULPWIJZER_DATA_DIR ?? join(repo, "data");

/** The pages of the site, in both languages, with their counterpart in the other. */
export const PAGES = [
  { path: "/", lang: "nl", other: "/en" },
  { path: "/hulp", lang: "nl", other: "/en/help" },
  { path: "/veilig-gebruiken", lang: "nl", other: "/en/safe-use" },
  { path: "/over", lang: "nl", other: "/en/about" },
  { path: "/wegwijzer", lang: "nl", other: "/en/directory" },
  { path: "/organisaties/csg", lang: "nl", other: "/en/organisations/csg" },
  { path: "/en", lang: "en", other: "/" },
  { path: "/en/help", lang: "en", other: "/hulp" },
  { path: "/en/safe-use", lang: "en", other: "/veilig-gebruiken" },
  { path: "/en/about", lang: "en", other: "/over" },
  { path: "/en/directory", lang: "en", other: "/wegwijzer" },
  { path: "/en/organisations/helpwanted", lang: "en", other: "/organisaties/helpwanted" },
];

/** Both ways every spec runs. */
export const MODES = [
  { name: "JavaScript on", js: true },
  { name: "JavaScript off", js: false },
];

function listen(server) {
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server.address().port)));
}

async function freePort() {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((ok) => probe.close(ok));
  return port;
}

/** A stand-in for the neutral weather site the quick exit leaves to. */
async function startNeutralSite() {
  const server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end('<!doctype html><html lang="nl"><title>Het weer</title><h1>Het weer vandaag</h1></html>');
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((ok) => server.close(ok)) };
}

async function waitForHealth(baseUrl, child, log) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`server did not answer /healthz within 30 s:\n${log()}`);
}

/** The moment every test site runs at unless it says otherwise. */
export const OFFICE_HOURS = "2026-12-02T14:00:00+01:00";

/**
 * Starts the server and the neutral site. Returns their addresses, the server's log so far
 * (`log()`), and `stop()`. `env` adds server settings, e.g. `HULPWIJZER_FIXED_TIME` to
 * see the site at 23:30 or on Christmas Day.
 */
export async function startSite(env = {}) {
  const neutral = await startNeutralSite();
  const port = await freePort();
  // "Klopt er iets niet?" notes go to a SQLite file of this run's own.
  const databaseDir = await mkdtemp(join(tmpdir(), "hulpwijzer-db-"));
  const databaseUrl = `sqlite:${join(databaseDir, "reports.db")}`;
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(serverBin, ["serve"], {
    env: {
      PATH: process.env.PATH,
      HULPWIJZER_ADDR: `127.0.0.1:${port}`,
      HULPWIJZER_SITE_ROOT: siteRoot,
      HULPWIJZER_REGIONS_FILE: regionsFile,
      HULPWIJZER_DATA_DIR: dataDir,
      HULPWIJZER_EXIT_URL: neutral.url,
      HULPWIJZER_DATABASE_URL: databaseUrl,
      // As deployed: the search index and the directory's texts kept in a folder, so every
      // page reads its texts from their mapped file.
      HULPWIJZER_INDEX_DIR: join(databaseDir, "index"),
      // One fixed moment, a Wednesday afternoon in office hours, unless a test asks for
      // another: what a plan puts first depends on the hour, never on when the tests run.
      HULPWIJZER_FIXED_TIME: OFFICE_HOURS,
      RUST_LOG: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => { output += chunk; });
  child.stderr.on("data", (chunk) => { output += chunk; });
  const log = () => output;
  await waitForHealth(baseUrl, child, log);
  return {
    baseUrl,
    exitUrl: neutral.url,
    databaseUrl,
    log,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((ok) => (child.exitCode !== null ? ok() : child.once("exit", ok)));
      await neutral.stop();
      await rm(databaseDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens Debian's Chromium with a fresh profile. `options` go to the browser context
 * (javaScriptEnabled, viewport, colorScheme, ...). Close it with `close()` in a `finally`.
 */
export async function openBrowser(options = {}) {
  const profile = await mkdtemp(join(tmpdir(), "hulpwijzer-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 360, height: 740 },
    ...options,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Runs `run(page)` in a fresh browser with `options`, and always closes it. */
export async function withPage(options, run) {
  const browser = await openBrowser(options);
  try {
    return await run(browser.page);
  } finally {
    await browser.close();
  }
}

/** Collects the page's console errors, uncaught exceptions and CSP refusals. The place
 * look-up's 404 or 409 (a place not known, or two municipalities) is an answer the page
 * shows, not an error, though Chromium logs it as one. */
export function collectErrors(page) {
  const errors = [];
  page.on("console", (msg) => {
    const lookUp = msg.location().url?.endsWith("/api/v1/regions/resolve") && /status of 40[49]/.test(msg.text());
    if (msg.type() === "error" && !lookUp) errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return errors;
}

/** Loads a page and, with JavaScript on, waits until it is ready (see `ready`). */
export async function load(page, url, js) {
  const response = await page.goto(url, { waitUntil: "load" });
  if (js) await ready(page);
  return response;
}

/** Waits until a loaded page is ready with JavaScript on: a live page (one with the
 * module script that loads the WebAssembly) once hydrated, any other page at once. */
export async function ready(page) {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.hydrated === "true" ||
      !document.querySelector('script[type="module"]'),
    null,
    { timeout: 15_000 },
  );
}

/**
 * The axe-core WCAG 2.1 A/AA violations on the page as it is now. axe needs JavaScript, so
 * for a JavaScript-off page the DOM it shows, without its scripts, is audited in a second
 * browser with the same stylesheet and colour scheme.
 */
export async function axeViolations(page, js, colorScheme = "light") {
  let auditor = null;
  let target = page;
  if (!js) {
    const url = page.url();
    const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
    auditor = await openBrowser({ colorScheme });
    target = auditor.page;
    await target.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
    await target.goto(url);
  }
  try {
    const results = await new AxeBuilder({ page: target })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .analyze();
    return results.violations
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
  } finally {
    if (auditor) await auditor.close();
  }
}
