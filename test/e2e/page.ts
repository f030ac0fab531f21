/**
 * Opening a page as a student would, while recording what must never happen: console errors,
 * uncaught exceptions, failed requests and requests to any other origin.
 */
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";

export interface PageRecord {
  page: Page;
  errors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

export async function openPage(browser: Browser, url: string): Promise<PageRecord> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const origin = new URL(url).origin;
  const record: PageRecord = { page, errors: [], foreignRequests: [], failedRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") record.errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => record.errors.push(`pageerror: ${error.message}`));
  page.on("request", (request) => {
    const requestUrl = request.url();
    if (/^(data|blob|about):/.test(requestUrl)) return;
    if (new URL(requestUrl).origin !== origin) record.foreignRequests.push(requestUrl);
  });
  page.on("requestfailed", (request) =>
    record.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400)
      record.failedRequests.push(`${response.url()} (${response.status()})`);
  });
  await page.goto(url, { waitUntil: "load" });
  try {
    await waitForSettled(page);
    // Charts and results below the fold are computed when they come near the viewport: scroll
    // through once, as a student reading the page would, so every test sees the whole page.
    await revealAll(page);
  } catch (error) {
    // A page that never settles has usually failed: say how, not only that it timed out.
    const seen = record.errors.length ? ` Errores de la página: ${record.errors.join(" | ")}` : "";
    throw new Error(`${url}: ${(error as Error).message}.${seen}`);
  }
  return record;
}

/**
 * Runs in the page (source text): scrolls from top to bottom half a viewport per frame pair,
 * so every element that waits to be near the viewport (src/components/nearViewport.ts) starts
 * its work, then goes back to where it was. Resolves when the bottom was reached.
 */
export const SCROLL_THROUGH_IN_PAGE = `async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const start = window.scrollY;
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
    window.scrollTo(0, y);
    await frame();
  }
  window.scrollTo(0, start);
  await frame();
}`;

/** Scrolls through the whole page (SCROLL_THROUGH_IN_PAGE), then waits until it settles. */
export async function revealAll(page: Page): Promise<void> {
  await page.evaluate(`(${SCROLL_THROUGH_IN_PAGE})()`);
  await waitForSettled(page);
}

/**
 * A page is settled when: the network has been idle for 500 ms; no inline expression is still
 * pending (no `observablehq-loading` element); no element announces work in progress
 * (`aria-busy="true"`, which every component sets while it computes); and the main column's DOM
 * has not changed for 300 ms. The benchmark uses the same function.
 */
export async function waitForSettled(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForLoadState("networkidle", { timeout });
  await page.evaluate(`(${SETTLED_IN_PAGE})(300, ${timeout})`);
}

/**
 * Installed before any of the page's own code runs (`page.addInitScript`): records the time of
 * every DOM change from the start of parsing, so the settled time is not floored by when the
 * check began (the network-idle wait alone adds 500 ms). Source text, like SETTLED_IN_PAGE.
 */
export const TRACK_DOM_CHANGES = `(() => {
  window.__lastDomChange = performance.now();
  new MutationObserver(() => (window.__lastDomChange = performance.now()))
    .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

/**
 * Runs inside the page (kept as source text so no transpiler helper leaks into it): resolves
 * with the time (ms since navigation start) of the last DOM change once the DOM has been quiet
 * for quietMs ms and nothing is pending. With TRACK_DOM_CHANGES installed, changes made before
 * the check started count too; without it, the check's start is the earliest possible answer.
 */
export const SETTLED_IN_PAGE = `(quietMs, timeout) => new Promise((resolve, reject) => {
  const start = performance.now();
  let last = window.__lastDomChange ?? performance.now();
  const observer = new MutationObserver(() => (last = performance.now()));
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const check = () => {
    const now = performance.now();
    last = Math.max(last, window.__lastDomChange ?? 0);
    const pending = document.querySelector('observablehq-loading, [aria-busy="true"]');
    if (!pending && now - last >= quietMs) {
      observer.disconnect();
      resolve(last);
    } else if (now - start > timeout) {
      observer.disconnect();
      const busy = [...document.querySelectorAll('observablehq-loading, [aria-busy="true"]')]
        .map((e) => e.getAttribute("aria-label") || e.className || e.tagName.toLowerCase());
      reject(new Error("la página no se asentó en " + timeout + " ms" + (busy.length ? " (sigue ocupado: " + busy.join(", ") + ")" : "")));
    } else setTimeout(check, 50);
  };
  check();
})`;

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync("test-results/screenshots", { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/**
 * Runs `body` (source text of an async function taking the page's runtime module) inside the
 * page, with the very module instance the page uses (same URL). Source text, so vitest does not
 * rewrite the browser's dynamic import. Example: `withRuntime(page, "(r) => r.tf.memory().numTensors")`.
 */
export async function withRuntime<T>(page: Page, body: string): Promise<T> {
  return page.evaluate(`(async () => {
    const url = performance.getEntriesByType("resource").map((e) => e.name)
      .find((n) => /tfRuntime\\.\\w+\\.js$/.test(n));
    if (!url) throw new Error("this page does not load the tfjs runtime");
    const runtime = await import(url);
    return (${body})(runtime);
  })()`) as Promise<T>;
}

/** How many tensors the page's tfjs engine holds right now (for leak checks). */
export function tensorCount(page: Page): Promise<number> {
  return withRuntime(page, "(r) => r.tf.memory().numTensors");
}
