/**
 * «Probabilidad»: the lecture's numbers read off the page after setting its controls, the
 * event grid driven by mouse and keyboard, Spanish messages instead of NaN, and no tfjs.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser } from "./browser.js";
import { openPage, screenshot, type PageRecord } from "./page.js";

const baseUrl = inject("baseUrl");
let browser: Browser;
let record: PageRecord;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser({ webgpu: false });
  record = await openPage(browser, `${baseUrl}/probabilidad`);
  page = record.page;
  page.on("request", (request) => requests.push(request.url()));
});
afterAll(async () => {
  await browser?.close();
});

/** The text of an element with runs of whitespace (no-break spaces included) made single spaces. */
const text = (selector: string) =>
  page
    .locator(selector)
    .first()
    .innerText()
    .then((t) => t.replace(/\s+/g, " "));
const box = (name: string) => page.getByRole("spinbutton", { name, exact: true });
const mainText = () =>
  page
    .locator("#observablehq-main")
    .innerText()
    .then((t) => t.replace(/[^\S\n]+/g, " "));

describe("página /probabilidad", () => {
  test("loads no tfjs, and every chart and drawing has a text alternative", async () => {
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => entry.name),
    );
    expect(loaded.filter((url) => /tfjs/i.test(url))).toEqual([]);
    expect(await page.locator(".vega-chart svg").count()).toBe(2);
    for (const svg of await page
      .locator(".vega-chart svg, .icon-array > svg, .probability-tree svg")
      .all())
      expect(await svg.getAttribute("aria-label")).toMatch(/\w{3}/);
    expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
  });

  test("the medical test: the lecture's inputs give P(TP) = 0.059 and P(E|TP) = 16.1 %", async () => {
    // The drawings are updated in place, not rebuilt: the same figures survive a move.
    await page.evaluate(
      `document.querySelectorAll(".icon-array, .probability-tree").forEach((f) => (f.dataset.mismo = "sí"))`,
    );
    await box("P(E): prevalencia de la enfermedad").fill("0.1");
    await expect.poll(() => text('[data-testid="posterior"]')).toBe("67.9 %");
    // The formulas show the new numbers (P(TP) = 0.95·0.1 + 0.05·0.9 = 0.14; 0.095/0.14).
    const formulas = (
      await page
        .locator("#resultado-prueba .katex")
        .evaluateAll((nodes) =>
          nodes.map((node) => (node.textContent ?? "").replace(/[\s\u200b]+/g, "")),
        )
    ).join(" ");
    expect(formulas).toContain("=0.95⋅0.1+0.05⋅0.9=0.095+0.045=0.14");
    expect(formulas).toContain("0.1⋅0.95");
    expect(formulas).toContain("=0.679=67.9%");
    expect(await page.locator('.icon-array[data-mismo="sí"] > svg').count()).toBe(2);
    expect(await page.locator('.probability-tree[data-mismo="sí"] svg').count()).toBe(2);
    // …and their text alternative follows: of 10 000 people, 1 000 ill, 950 of them positive.
    const alt = await page
      .locator('.icon-array > svg[aria-label*="enfermos con prueba positiva"]')
      .getAttribute("aria-label");
    expect(alt?.replace(/\u202f/g, " ")).toContain(
      "950 enfermos con prueba positiva; 50 enfermos con prueba negativa",
    );
    expect(alt?.replace(/\u202f/g, " ")).toContain("8 550 sanos con prueba negativa");
    await box("P(E): prevalencia de la enfermedad").fill("0.01");
    await box("P(TP | E): sensibilidad").fill("0.95");
    await box("P(TP | ¬E): tasa de falsos positivos").fill("0.05");
    await expect.poll(() => text('[data-testid="posterior"]')).toBe("16.1 %");
    const result = await text("#resultado-prueba");
    expect(result).toContain("La clase: 0.161 = 16.1 %");
    expect(result).toContain("La clase: 0.0095 + 0.0495 = 0.059");
    // The icon array counts 10 000 people, so the lecture's 16.1 % is exact in it: 95 of 590.
    expect(await mainText()).toContain("590 dan positivo");
    expect(await mainText()).toContain("95/590 = 16.1 %");
    // After two in-place updates, the patched rectangles cover exactly each group's people
    // (area / cell² per pattern, in the order of the legend).
    const drawn = await page.evaluate(`(() => {
      const svg = document.querySelector('.icon-array > svg[aria-label*="enfermos con prueba positiva"]');
      const cell = Number(svg.getAttribute("width")) / 100;
      const people = {};
      for (const rect of svg.querySelectorAll(".icon-array__people rect")) {
        const fill = rect.getAttribute("fill");
        people[fill] = (people[fill] ?? 0) + (rect.getAttribute("width") * rect.getAttribute("height")) / cell ** 2;
      }
      return Object.keys(people).sort().map((fill) => Math.round(people[fill]));
    })()`);
    expect(drawn).toEqual([95, 5, 495, 9405]);
  });

  test("the medical test explains P(TP) = 0 and a value outside [0, 1] in Spanish, never NaN", async () => {
    await box("P(E): prevalencia de la enfermedad").fill("0");
    await box("P(TP | ¬E): tasa de falsos positivos").fill("0");
    await expect
      .poll(() => text("#resultado-prueba"))
      .toContain("P(A|B) solo está definida si P(B) > 0");
    await box("P(E): prevalencia de la enfermedad").fill("1.5");
    await expect.poll(() => text("#resultado-prueba")).toContain("está fuera de [0, 1]");
    expect(await box("P(E): prevalencia de la enfermedad").getAttribute("aria-invalid")).toBe(
      "true",
    );
    expect(await mainText()).not.toContain("NaN");
    expect(await mainText()).toContain("Sin dibujo: los datos no son probabilidades válidas.");
    await box("P(E): prevalencia de la enfermedad").fill("0.01");
    await box("P(TP | ¬E): tasa de falsos positivos").fill("0.05");
    await expect.poll(() => text('[data-testid="posterior"]')).toBe("16.1 %");
  });

  test("fever and flu: the lecture's P(F|G) = P(F)·P(G|F)/P(G) and its table of the four roles follow the sliders", async () => {
    const roles = () =>
      page
        .locator(".bayes-roles tbody tr")
        .evaluateAll((rows) =>
          rows.map((r) => [
            (r as HTMLElement).dataset.role,
            Number(r.querySelector<HTMLElement>(".bayes-roles__value")?.dataset.value),
          ]),
        );
    const headers = await page.locator(".bayes-roles thead th").allTextContents();
    expect(headers).toEqual([
      "Tipo de probabilidad",
      "Significado",
      "Papel en Bayes",
      "En el ejemplo",
      "Valor",
    ]);
    const names = await page.locator(".bayes-roles tbody th").allTextContents();
    expect(names).toEqual([
      "Condicional P(A | B)",
      "Inversa, o verosimilitud (likelihood) P(B | A)",
      "A priori (prior) P(A)",
      "Evidencia P(B)",
    ]);
    const initial = Object.fromEntries(await roles());
    expect(initial.prior).toBe(0.1);
    expect(initial.likelihood).toBe(0.4);
    expect(initial.evidence).toBe(0.05);
    expect(initial.posterior).toBeCloseTo(0.8, 12);
    expect(await text("#resultado-gripe")).toContain("el 80 % tiene fiebre");
    // Moving P(G) to 0.08 moves the posterior to 0.1 · 0.4 / 0.08 = 0.5, in the table too.
    await box("P(G): tiene gripe").fill("0.08");
    await expect.poll(async () => Object.fromEntries(await roles()).posterior).toBeCloseTo(0.5, 12);
    expect(await text("#resultado-gripe")).toContain("el 50 % tiene fiebre");
    await page
      .locator(".bayes-roles")
      .screenshot({ path: "test-results/screenshots/probabilidad-fiebre-gripe.png" });
    // Numbers no population can have: the library's message, and «—» in the table.
    await box("P(G): tiene gripe").fill("0.02");
    await expect.poll(() => text("#resultado-gripe")).toContain("datos incoherentes");
    expect(await page.locator(".bayes-roles__value").allTextContents()).toEqual([
      "—",
      "—",
      "—",
      "—",
    ]);
    await box("P(G): tiene gripe").fill("0.05");
    await expect.poll(() => text("#resultado-gripe")).toContain("el 80 % tiene fiebre");
    // «TP» is defined where it is used.
    expect(await mainText()).toContain("TP abrevia «test positivo»");
  });

  test("Dr. Gómez: 12.5 % with the lecture's numbers; inconsistent numbers get the library's message", async () => {
    expect(await mainText()).toContain("La clase: 0.125 = 12.5 %");
    expect(await text("#resultado-gomez")).toContain("sea hombre es 12.5 %");
    await box("P(F): el paciente finge").fill("0.02");
    await expect.poll(() => text("#resultado-gomez")).toContain("bayes: datos incoherentes");
    expect(await mainText()).not.toContain("NaN");
    await box("P(F): el paciente finge").fill("0.4");
    await expect.poll(() => text("#resultado-gomez")).toContain("sea hombre es 12.5 %");
  });

  test("the two-dice grid: the lecture's 1/36, then cells clicked by mouse and keyboard", async () => {
    const grid = page.locator(".event-grid").first();
    const readout = page.locator('[data-testid="p-a-dado-b"]').first();
    expect(await mainText()).toContain("la clase: 1/36");
    expect(await readout.getAttribute("data-valor")).toBe("0.167");

    await grid.getByRole("button", { name: "Vaciar A y B" }).click();
    await expect.poll(() => readout.getAttribute("data-valor")).toBe("no definida");
    expect(await readout.innerText()).toContain("P(B) > 0");

    // A = «the first die is 6 and the second is 4, 5 or 6» (3 cells) by mouse.
    for (const cell of [33, 34, 35]) await grid.locator(`[data-cell="${cell}"]`).click();
    // B = «the first die is 6» (6 cells) by keyboard: «b» picks B, Space/Enter toggle, arrows move.
    await grid.locator('[data-cell="35"]').focus();
    await page.keyboard.press("b");
    await page.keyboard.press("Home");
    for (let k = 0; k < 6; k++) {
      await page.keyboard.press(k % 2 ? "Enter" : " ");
      await page.keyboard.press("ArrowRight");
    }
    await expect.poll(() => readout.getAttribute("data-valor")).toBe("0.5"); // 3/6
    expect(await text("#resultado-dados")).toContain("no son independientes");
    await screenshot(page, "probabilidad-dados");
  });

  test("the coin-and-die grid reads the lecture's P(A|B) = 1/2", async () => {
    const readout = page.locator('[data-testid="p-a-dado-b"]').nth(1);
    expect(await readout.getAttribute("data-valor")).toBe("0.5");
    expect(await mainText()).toContain("la clase: 1/2");
  });

  test("the frequency simulation reaches 10⁶ tosses, reproducibly", async () => {
    const n = page.getByRole("spinbutton", { name: "N (repeticiones)" });
    await n.fill("1000000");
    await n.press("Enter");
    await expect
      .poll(() => text("#resultado-frecuencia"))
      .toContain("En N = 1 000 000 repeticiones");
    const first = await text("#resultado-frecuencia");
    const frequency = Number(first.match(/= ([\d.]+)\. La probabilidad/)?.[1]);
    expect(Math.abs(frequency - 0.5)).toBeLessThan(0.005);
    expect(first).toContain("La clase: p(cara) = 1/2 = 0.5");
    const seed = page.getByRole("spinbutton", { name: "Semilla" });
    await seed.fill("8");
    await seed.press("Enter");
    await expect.poll(() => text("#resultado-frecuencia")).toContain("semilla 8");
    await seed.fill("7");
    await seed.press("Enter");
    await expect.poll(() => text("#resultado-frecuencia")).toBe(first);
  });

  test("interacting never loaded tfjs nor logged an error", () => {
    expect(requests.filter((url) => /tfjs/i.test(url))).toEqual([]);
    expect(record.errors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
  });
});
