/**
 * The vectorization page as a student uses it: a small race under WebGPU (SwiftShader) and under
 * a forced WASM backend, the memory guard, cancelling, the broadcasting debugger with a bad
 * shape, and the nutrition exercise's loader table against the live tfjs one. Races stay small
 * (n = 10⁴: the machines have two cores) and no timing is asserted, only results.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser } from "./browser.js";
import { expectKilocalorieReading, LECTURE_TOTAL_KCAL } from "./nutritionReading.js";
import { openPage, screenshot, tensorCount, waitForSettled, type PageRecord } from "./page.js";

const baseUrl = inject("baseUrl");
const PAGE = `${baseUrl}/vectorizacion`;
const N = 10_000;
/** DOT_TOLERANCE in lib/race/raceStats.ts. */
const TOLERANCE = 1e-4;

interface Row {
  key: string;
  status: string;
  value: number;
  relativeError: number;
}

let browser: Browser;
/** The float64 reference w of the WebGPU race, compared with the WASM race's. */
let webgpuReference: string | null = null;
/**
 * One page, with the WASM backend forced, shared by the tests after the WebGPU race: opening a
 * page costs seconds on two cores.
 */
let shared: PageRecord | null = null;

beforeAll(async () => {
  browser = await launchBrowser({ webgpu: true });
});
afterAll(async () => {
  await shared?.page.close();
  await browser?.close();
});

async function sharedPage(): Promise<PageRecord> {
  shared ??= await openPage(browser, `${PAGE}?backend=wasm`);
  return shared;
}

const status = (page: Page) => page.locator(".vz-race-panel__status");

async function setN(page: Page, n: string): Promise<void> {
  await page.getByLabel("n exacto").fill(n);
}

/** Runs one race of size n from the page's controls and returns the results table. */
async function race(page: Page, n: number): Promise<Row[]> {
  await setN(page, String(n));
  await page.getByRole("button", { name: "Correr la carrera" }).click();
  await expect.poll(() => status(page).textContent(), { timeout: 90_000 }).toMatch(/terminada/);
  await waitForSettled(page);
  return page.$$eval(".vz-race-table tbody tr", (rows) =>
    rows.map((row) => ({
      key: (row as HTMLElement).dataset.key ?? "",
      status: (row as HTMLElement).dataset.status ?? "",
      value: Number(row.querySelector<HTMLElement>("[data-value]")?.dataset.value),
      relativeError: Number(
        row.querySelector<HTMLElement>("[data-relative-error]")?.dataset.relativeError,
      ),
    })),
  );
}

/** The key of a backend's vectorized contender, whichever of the five formulations it is. */
const VECTORIZED = (backend: string) =>
  new RegExp(`^vectorized:${backend}:(dot|matMul|sumMul|blockedSum|blockedMatMul)$`);

function expectAllAgree(rows: Row[]): void {
  for (const row of rows) {
    expect(row.status, row.key).toBe("ok");
    expect(row.relativeError, row.key).toBeLessThanOrEqual(TOLERANCE);
    expect(Number.isFinite(row.value), row.key).toBe(true);
  }
}

describe("página /vectorizacion", () => {
  test("WebGPU: the race runs twice without leaks, every w agrees, the table, chart and speedup table appear", async () => {
    const { page, errors, foreignRequests, failedRequests } = await openPage(browser, PAGE);
    expect(await page.getAttribute(".backend-badge[data-backend]", "data-backend")).toBe("webgpu");
    const lecturePoints = await page.locator(".vega-chart svg .mark-symbol path").count();

    const first = await race(page, N);
    // Each backend races the formulation its quick measurement found fastest just before.
    expect(first.map((r) => r.key)).toEqual([
      "tfjsLoop:webgpu:-",
      "jsLoop:js:-",
      expect.stringMatching(VECTORIZED("webgpu")),
      expect.stringMatching(VECTORIZED("webgl")),
      expect.stringMatching(VECTORIZED("wasm")),
      expect.stringMatching(VECTORIZED("cpu")),
    ]);
    expectAllAgree(first);
    // Every contender has a name, whichever formulation was chosen.
    expect(await page.locator(".vz-results").textContent()).not.toMatch(/undefined|NaN/);
    webgpuReference = await page.locator(".vz-results p code").first().textContent();
    expect(Number(webgpuReference?.replace("w = ", ""))).toBeGreaterThan(0);
    // The chart gained this race's points; the speedup table's last column is filled.
    await expect
      .poll(() => page.locator(".vega-chart svg .mark-symbol path").count())
      .toBeGreaterThan(lecturePoints);
    expect(
      await page.locator(".vz-speedup-table tbody td:last-child").first().textContent(),
    ).toMatch(/segundos|milisegundos|microsegundos/);
    await screenshot(page, "vectorizacion-carrera-webgpu");

    // A second race: same verdict shape, and no tensor left behind by the first.
    const tensorsAfterFirst = await tensorCount(page);
    const second = await race(page, N);
    expectAllAgree(second);
    // The same w wherever the same formulation ran again (another one may round differently).
    for (const row of second) {
      const before = first.find((r) => r.key === row.key);
      if (before) expect(row.value, row.key).toBe(before.value);
    }
    expect(await tensorCount(page)).toBe(tensorsAfterFirst);

    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(failedRequests).toEqual([]);
    await page.close();
  });

  test("?backend=wasm: the vectorized WASM dot runs first and agrees with the same reference", async () => {
    const { page, errors } = await sharedPage();
    expect(await page.getAttribute(".backend-badge[data-backend]", "data-backend")).toBe("wasm");
    const rows = await race(page, N);
    expect(rows.map((r) => r.key).slice(0, 3)).toEqual([
      "tfjsLoop:wasm:-",
      "jsLoop:js:-",
      expect.stringMatching(VECTORIZED("wasm")),
    ]);
    expectAllAgree(rows);
    expect(await page.locator(".vz-results p code").first().textContent()).toBe(webgpuReference);
    await screenshot(page, "vectorizacion-carrera-wasm");
    expect(errors).toEqual([]);
  });

  test("the memory guard refuses bad sizes in Spanish, and a race can be cancelled without leaks", async () => {
    const { page, errors } = await sharedPage();
    await setN(page, "-5");
    await expect
      .poll(() => page.locator(".vz-error[role=alert]").textContent())
      .toMatch(/no puede tener 0 ni menos elementos/);
    await page.getByRole("button", { name: "Correr la carrera" }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/no puede tener 0 ni menos/);
    await setN(page, "250000000");
    await expect
      .poll(() => page.locator(".vz-error[role=alert]").textContent())
      .toMatch(/supera el máximo de la carrera/);

    // Cancel a race of 10⁵ twice: the first also probes the backends (src/runtime's probe keeps
    // a few scalars of its own); the second must end with exactly as many tensors as the first.
    const cancelRace = async () => {
      await setN(page, "100000");
      await page.getByRole("button", { name: "Correr la carrera" }).click();
      await expect
        .poll(() => page.getAttribute("progress", "value"), { timeout: 60_000 })
        .not.toBe("0");
      await page.getByRole("button", { name: "Cancelar" }).click();
      await expect.poll(() => status(page).textContent(), { timeout: 60_000 }).toMatch(/cancelada/);
      await waitForSettled(page);
      return tensorCount(page);
    };
    const afterFirst = await cancelRace();
    expect(await cancelRace()).toBe(afterFirst);
    expect(await page.locator(".vz-race-panel[aria-busy]").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test("broadcasting: the lecture's cases, tfjs's sum drawn, and a malformed shape explained in Spanish", async () => {
    const { page, errors } = await sharedPage();
    await page.getByRole("button", { name: "(2,3) + (2,1)" }).click();
    await waitForSettled(page);
    const sum = page.locator(".vz-grid").last().locator("td");
    expect((await sum.allTextContents()).map((t) => t.trim())).toEqual([
      "11",
      "12",
      "13",
      "24",
      "25",
      "26",
    ]);
    expect(await page.locator(".vz-grid__copy").count()).toBeGreaterThan(0);

    await page.getByRole("button", { name: "(2,3) + (2,)", exact: true }).click();
    await waitForSettled(page);
    const error = page.locator(".vz-bcast__error");
    expect(await error.textContent()).toContain(
      "en el eje -1 los tamaños 3 y 2 no son iguales ni 1",
    );
    expect(await error.textContent()).toContain(
      "ValueError: operands could not be broadcast together with shapes (2,3) (2,)",
    );
    expect(await page.locator(".vz-broadcast").textContent()).toContain(
      "TensorFlow.js también se niega",
    );

    await page.getByLabel("Forma de A").fill("2,x");
    await waitForSettled(page);
    expect(await page.locator(".vz-broadcast .vz-error").textContent()).toContain(
      "Forma de A: «2,x» no es una forma: «x» no es un tamaño de eje",
    );
    await page.getByLabel("Forma de A").fill("(2,-3)");
    await waitForSettled(page);
    expect(await page.locator(".vz-broadcast .vz-error").textContent()).toContain("es negativo");
    await screenshot(page, "vectorizacion-broadcasting-error");
    expect(errors).toEqual([]);
  });

  test("nutrition: the loader's table (arquero) and the live tfjs table match; the lecture's truncations are marked", async () => {
    const { page } = await sharedPage();
    const values = (id: string) =>
      page.$$eval(`table[data-testid="${id}"] tbody td`, (cells) =>
        cells.map((c) => Number((c as HTMLElement).dataset.value)),
      );
    const loader = await values("shares-loader");
    const live = await values("shares-tfjs");
    expect(loader).toHaveLength(12);
    expect(live).toHaveLength(12);
    live.forEach((x, i) => expect(Math.abs(x - loader[i])).toBeLessThan(1e-6));
    expect(await page.locator('table[data-testid="shares-clase"] td.vz-differs').count()).toBe(4);
  });

  test("nutrition: kilocalories, never grams; no kcal above the lecture's totals; kcal ÷ [4, 4, 9] gives grams below 100", async () => {
    const { page } = await sharedPage();
    const main = page.locator("#observablehq-main");
    expectKilocalorieReading(await main.innerText());
    const table = page.locator('table[data-testid="kcal"]');
    expect(await table.locator("caption").textContent()).toMatch(/^Kilocalorías/);
    const totals = await table
      .locator("tfoot td")
      .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.value)));
    totals.forEach((t, j) => expect(Math.abs(t - LECTURE_TOTAL_KCAL[j])).toBeLessThanOrEqual(0.05));
    expect(await table.locator("tfoot th").textContent()).toBe("Total (kcal)");
    // The lecture's heading is flagged as the slip, with the reason.
    expect(await main.innerText()).toContain(
      "pero sus cifras son kilocalorías, no gramos: las columnas suman 59.0, 239.0, 155.4, 76.9 kcal",
    );
    // The extension divides by the (3, 1) column of kcal per gram: grams, each food below 100 g.
    const grams = page.locator('table[data-testid="grams-tfjs"]');
    expect(await grams.locator("caption").textContent()).toContain("kcal ÷ [[4], [4], [9]]");
    const gramTotals = await grams
      .locator("tfoot td")
      .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.value)));
    expect(gramTotals).toHaveLength(4);
    for (const g of gramTotals) expect(g).toBeLessThan(100);
    expect(gramTotals[1]).toBeCloseTo(104 / 4 + 135 / 9, 4); // beef: 26 g + 15 g
    await grams.screenshot({ path: "test-results/screenshots/vectorizacion-gramos.png" });
  });

  test("the lecture's missing slides: the race in Python beside TensorFlow.js, its two w, CPU or GPU, the order of magnitude", async () => {
    const { page } = await sharedPage();
    const columns = page.locator(".code-columns").first();
    const captions = await columns.locator("figcaption").allTextContents();
    expect(captions).toEqual(["Python (la clase)", "TensorFlow.js"]);
    const [python, javascript] = await columns.locator("pre").allTextContents();
    for (const line of ["u = np.random.rand(n)", "inicio = time.time()", "w = np.dot(u,v)"]) {
      expect(python).toContain(line);
    }
    expect(javascript).toContain("tf.dot(u, v)");
    const output = await page.locator(".vz-lecture-output").textContent();
    expect(output).toContain("249816.30215526323");
    expect(output).toContain("249816.30215527286");
    const text = await page.locator("#observablehq-main").innerText();
    expect(text).toContain("¿Se ejecutó en CPU o GPU?");
    expect(text).toContain(
      "NumPy no puede ejecutar operaciones de arreglos en GPU; está optimizado para CPUs",
    );
    expect(text).toContain("depende del tipo de modelo, el tamaño de los datos y la arquitectura");
    // The lecture's TensorFlow timings at 10⁸ are flagged where the chart draws them.
    expect(text).toMatch(/exigiría leer 120 GB\/s/);
    // The lecture's broadcasting slips: u = np.array([10, 20]) is (2,), not (2, 1).
    expect(text).toContain(
      "ValueError: operands could not be broadcast together with shapes (2,) (2,3)",
    );
  });
});
