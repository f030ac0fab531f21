/**
 * «Derivadas y gradientes» in Chromium: the tangent's slope follows the analytic derivative as
 * the weight slider moves; gradient descent converges with a small learning rate and the page
 * says it diverges with a huge one; the chain rule shows the lecture's discrepancies and the
 * undefined cases in words; bad input is answered in Spanish; and no tensors leak across
 * many slider moves. One page is opened and reused, to keep the file fast.
 *
 * Each result region records what it was computed for (data-w, data-eta, data-x, …): the
 * tests wait for the region to show the values they set, then read it.
 */
import { mkdirSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { lossCurve } from "../../lib/math/calculus/lossCurves.js";
import { launchBrowser } from "./browser.js";
import { openPage, tensorCount, waitForSettled, type PageRecord } from "./page.js";

const baseUrl = inject("baseUrl");
let browser: Browser;
let record: PageRecord;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  record = await openPage(browser, `${baseUrl}/derivadas`);
  page = record.page;
});
afterAll(async () => {
  await browser?.close();
});

/** The Inputs form whose label reads exactly `label`. */
const control = (label: string): Locator =>
  page.locator("form", { has: page.locator("label", { hasText: new RegExp(`^${label}$`) }) });

/** Types a value into an Inputs range's number box (the way a keyboard user would). */
async function setNumber(label: string, value: number): Promise<void> {
  await control(label).locator("input[type=number]").fill(String(value));
}

/** Waits until a result region says it was computed for these values, and for the page. */
async function waitForRegion(region: Locator, data: Record<string, string | number>) {
  for (const [key, value] of Object.entries(data)) {
    await expect
      .poll(() => region.getAttribute(`data-${key}`), { timeout: 60_000, interval: 100 })
      .toBe(String(value));
  }
  await waitForSettled(page);
}

async function pressKey(locator: Locator, key: string, times: number): Promise<void> {
  await locator.focus();
  for (let i = 0; i < times; i++) await locator.press(key);
}

/** A screenshot of one part of the page (cheaper than the whole page). */
async function shoot(locator: Locator, name: string): Promise<void> {
  mkdirSync("test-results/screenshots", { recursive: true });
  await locator.screenshot({ path: `test-results/screenshots/${name}.png`, timeout: 60_000 });
}

const slopeRegion = () => page.locator(".derivadas-readout[data-slope]");
const descentRegion = () => page.locator(".derivadas-descent");
const chainRegion = () => page.locator(".derivadas-chain");

describe("página /derivadas", () => {
  test("loads with no console errors, math rendered and every chart described", async () => {
    expect(record.errors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    expect(await page.locator(".katex").count()).toBeGreaterThan(20);
    const descriptions = await page
      .locator(".vega-chart [aria-label]")
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label")));
    expect(descriptions.length).toBeGreaterThanOrEqual(4);
    for (const d of descriptions) expect(d).toBeTruthy();
    expect(await page.locator("[aria-busy=true]").count()).toBe(0);
  });

  test("moving the w slider by keyboard moves the tangent, whose slope is the analytic derivative", async () => {
    const region = slopeRegion();
    expect(await region.getAttribute("data-curve")).toBe("cuadratica");
    const start = Number(await region.getAttribute("data-w"));
    await pressKey(control("Peso w").locator("input[type=range]"), "ArrowLeft", 10);
    const w = Math.round((start - 0.1) * 100) / 100;
    await waitForRegion(region, { w });
    const slope = Number(await region.getAttribute("data-slope"));
    const exact = lossCurve("cuadratica").derivative(w);
    expect(Math.abs(slope - exact)).toBeLessThan(1e-4 * Math.max(1, Math.abs(exact)));
    expect(await region.textContent()).toMatch(/Derivada positiva/);

    await page.getByLabel("Pérdida logística (entropía cruzada binaria)").check();
    await waitForRegion(region, { curve: "logistica" });
    await setNumber("Peso w", 6);
    await waitForRegion(region, { curve: "logistica", w: 6 });
    const flat = Number(await region.getAttribute("data-slope"));
    expect(Math.abs(flat - lossCurve("logistica").derivative(6))).toBeLessThan(1e-4);
    expect(await region.textContent()).toMatch(/región plana/);
    await shoot(page.locator(".vega-chart").first(), "derivadas-tangente");
  });

  test("gradient descent converges with a small η and the page says it diverges with a huge one", async () => {
    const region = descentRegion();
    await setNumber("Tasa de aprendizaje η", 0.05);
    await setNumber("Pasos", 200);
    await waitForRegion(region, { eta: 0.05, steps: 200 });
    expect(await region.getAttribute("data-outcome")).toBe("converge");
    expect(await region.textContent()).toMatch(/Converge\./);

    await setNumber("Tasa de aprendizaje η", 1);
    await waitForRegion(region, { eta: 1, steps: 200 });
    expect(await region.getAttribute("data-outcome")).toBe("diverge");
    expect(await region.locator("[role=alert]").textContent()).toMatch(
      /¡Diverge!.*se desborda.*η < 2\/λmáx = 0\.2929/s,
    );
    await shoot(page.locator(".derivadas-map"), "derivadas-descenso-diverge");

    await setNumber("Tasa de aprendizaje η", 0.002);
    await setNumber("Pasos", 20);
    await waitForRegion(region, { eta: 0.002, steps: 20 });
    expect(await region.getAttribute("data-outcome")).toBe("avanza");
    expect(await region.textContent()).toMatch(/Todavía no converge/);
  });

  test("the chain rule shows every link, and the lecture's slips and undefined cases in words", async () => {
    const region = chainRegion();
    expect(await region.getAttribute("data-derivative")).toBe("20280");

    await page.getByLabel("Ejercicio 3", { exact: true }).check();
    await waitForRegion(region, { exercise: "ejercicio-3", x: 3 });
    expect(await page.locator(".derivadas-note").textContent()).toMatch(/−1\.657 × 10⁻⁶/);
    expect(await region.locator("tr.mismatch").count()).toBe(1); // the lecture's −1.657
    await setNumber("x", 0.875);
    await waitForRegion(region, { x: 0.875 });
    expect(await region.textContent()).toMatch(/No hay derivada en x = 0\.875.*8x − 7 = 0/s);

    await page.getByLabel("Ejercicio 5", { exact: true }).check();
    await waitForRegion(region, { exercise: "ejercicio-5" });
    expect(await region.textContent()).toMatch(/No hay derivada/);
    expect(await page.locator(".derivadas-note").textContent()).toMatch(/no tiene derivada/);
  });

  test("the tfjs tape example reproduces the lecture and answers bad input in Spanish", async () => {
    const live = page.locator(".derivadas-tape__live");
    // float32: exact on the CPU, within a few ulps where a GPU computes u³ as exp(3 ln u).
    const [, y, dydx] = (await live.textContent())!.match(
      /Valor de y en x=5: ([\d.]+)\s+dy\/dx en x=5: ([\d.]+)/,
    )!;
    expect(Math.abs(Number(y) - 17576) / 17576).toBeLessThan(1e-6);
    expect(Math.abs(Number(dydx) - 20280) / 20280).toBeLessThan(1e-6);

    const field = page.locator(".number-field input");
    await field.fill("abc");
    expect(await page.locator(".number-field__message").textContent()).toMatch(
      /«abc» no es un número/,
    );
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Función").selectOption({ label: "Ejercicio 5" });
    await field.fill("π/6");
    await waitForRegion(live, { exercise: "ejercicio-5", x: Math.PI / 6 });
    expect(await live.textContent()).toMatch(
      /no hay derivada en x = 0\.523599 porque .*punto aislado/,
    );
  });

  test("backpropagation step by step ends in tf.variableGrads' check", async () => {
    const next = page.getByRole("button", { name: "Siguiente ▶" });
    await next.click();
    await next.click();
    const region = page.locator(".derivadas-backprop");
    await waitForRegion(region, { shown: 2 });
    expect(await page.locator(".derivadas-backprop__steps li").count()).toBe(2);
    await page.getByRole("button", { name: "Todos" }).click();
    await waitForRegion(region, { shown: 6 });
    expect(await region.textContent()).toMatch(/tf\.variableGrads.*Coinciden/s);
    expect(await page.locator(".backprop-graph__edge--back").count()).toBe(5);
    await shoot(page.locator(".backprop-graph"), "derivadas-backprop");
  });

  test("the lecture's rules d/dx sen x = cos x and d/dx ln x = 1/x are stated and checked; headings say what the page does", async () => {
    const main = (await page.locator("#observablehq-main").innerText()).replace(/\s+/g, " ");
    const rules = page.locator(".katex-display", { hasText: "sen" }).first();
    expect(await rules.locator("annotation").textContent()).toMatch(
      /\\frac\{d\}\{dx\}\\,\\operatorname\{sen\}\(x\) = \\cos\(x\).*\\frac\{d\}\{dx\}\\,\\ln\(x\) = \\frac\{1\}\{x\}/,
    );
    expect(main).toContain("0.8775826 para sen, y cos(0.5) = 0.8775826; 2 para ln, y 1/0.5 = 2");
    expect(main).toContain("4. Derivadas automáticas: de tf.GradientTape a tf.grad");
    expect(main).toContain("la retropropagación (backpropagation)");
    expect(main).toContain("una pérdida con un peso y un sesgo");
    expect(main).not.toMatch(/dos pesos|estimación[^.]*estimación/);
  });

  test("no tensors leak across many slider moves", async () => {
    const start = await tensorCount(page);
    await pressKey(control("Peso w").locator("input[type=range]"), "ArrowLeft", 15);
    await pressKey(control("w inicial").locator("input[type=range]"), "ArrowRight", 10);
    await pressKey(control("Peso w₁").locator("input[type=range]"), "ArrowRight", 10);
    await pressKey(control("x").locator("input[type=range]"), "ArrowRight", 5);
    await waitForSettled(page);
    expect(await tensorCount(page)).toBe(start);
    expect(record.errors).toEqual([]);
    expect(record.failedRequests).toEqual([]);
  });
});
