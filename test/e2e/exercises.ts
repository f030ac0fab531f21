/**
 * Driving exercise cells on a page as a student does: type code into an editor, press
 * «Ejecutar» or «Comprobar», wait for the verdict. Shared by the exercise e2e tests.
 */
import type { Browser, Locator, Page, Request } from "playwright-core";
import { expect } from "vitest";
import { launchBrowser } from "./browser.js";
import { openPage, type PageRecord } from "./page.js";

/** A browser with one page open on `url`, and a reload that waits for downloads to end. */
export interface ExercisesPage {
  browser: Browser;
  record: PageRecord;
  page: Page;
  /**
   * Reloads once nothing is downloading: after a run the page fetches a spare sandbox
   * worker, and a reload in the middle would abort that download (a failed request).
   */
  reload(): Promise<void>;
}

export async function openExercisesPage(url: string): Promise<ExercisesPage> {
  const browser = await launchBrowser({ webgpu: false });
  const record = await openPage(browser, url);
  const page = record.page;
  const inFlight = new Set<Request>();
  page.on("request", (request) => inFlight.add(request));
  page.on("requestfinished", (request) => inFlight.delete(request));
  page.on("requestfailed", (request) => inFlight.delete(request));
  return {
    browser,
    record,
    page,
    async reload() {
      await expect.poll(() => inFlight.size, { timeout: 30_000 }).toBe(0);
      await page.reload({ waitUntil: "load" });
    },
  };
}

export const exercise = (page: Page, id: string): Locator =>
  page.locator(`[data-exercise="${id}"]`);

/** Replaces the editor's code as typed text (insertText: one input event, like a paste). */
export async function setCode(page: Page, id: string, code: string): Promise<void> {
  const content = exercise(page, id).locator(".cm-content");
  await content.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

/** Waits until the exercise leaves `running` and returns its status and message. */
export async function settle(
  page: Page,
  id: string,
  timeout = 30_000,
): Promise<{ status: string; message: string }> {
  await expect
    .poll(() => exercise(page, id).getAttribute("data-status"), { timeout })
    .not.toBe("running");
  await expect.poll(() => exercise(page, id).getAttribute("aria-busy"), { timeout }).toBeNull();
  return {
    status: (await exercise(page, id).getAttribute("data-status")) ?? "",
    // The message without its icon (✓, ✗, ⚠: hidden from screen readers).
    message: await exercise(page, id)
      .locator(".exercise__status")
      .evaluate((node) =>
        [...node.childNodes]
          .filter(
            (child) => !(child instanceof Element && child.classList.contains("exercise__icon")),
          )
          .map((child) => child.textContent)
          .join(""),
      ),
  };
}

export async function click(page: Page, id: string, name: string): Promise<void> {
  await exercise(page, id).getByRole("button", { name, exact: true }).click();
}

/** Types `code`, presses the button, and returns the verdict with what the page shows. */
export async function submit(
  page: Page,
  id: string,
  code: string,
  button: "Ejecutar" | "Comprobar",
  timeout = 30_000,
): Promise<{ status: string; message: string; value: string; logs: string }> {
  await setCode(page, id, code);
  await click(page, id, button);
  const result = await settle(page, id, timeout);
  return {
    ...result,
    value: await exercise(page, id).locator(".exercise__value").innerText(),
    logs: await exercise(page, id).locator(".exercise__logs").innerText(),
  };
}

/** The editor's visible lines joined (CodeMirror renders the lines near the viewport). */
export async function editorText(page: Page, id: string): Promise<string> {
  return exercise(page, id)
    .locator(".cm-line")
    .evaluateAll((lines) => lines.map((line) => line.textContent).join("\n"));
}
