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
  await waitForSettled(page);
  return record;
}

/**
 * A page is settled when the network has been idle for 500 ms and no Observable cell is still
 * pending (no element carries the runtime's `observablehq--loading` class) — the same
 * definition the benchmark uses.
 */
export async function waitForSettled(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForLoadState("networkidle", { timeout });
  await page.waitForFunction(() => !document.querySelector(".observablehq--loading"), undefined, {
    timeout,
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync("test-results/screenshots", { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
