/**
 * The «Vectores, matrices y tensores» page as a student uses it: every lecture example shows a
 * verdict (the documented differences flagged), the playground, the index explorer, the
 * variable's assign and the device section react to their inputs with the right values, bad
 * input gets a Spanish message, and moving inputs hundreds of times leaks no tensor.
 *
 * The interactive test forces the CPU backend (?backend=cpu): the same code as on the GPU, much
 * faster under SwiftShader; the first test loads the page on the default backend (WebGPU).
 */
import { mkdirSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser } from "./browser.js";
import { openPage, tensorCount, waitForSettled } from "./page.js";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const region = (page: Page, label: string) => page.locator(`.live-region[aria-label="${label}"]`);
const PLAYGROUND = "El tensor, sus atributos y su dibujo";
const INDEX = "Lo que selecciona el índice";
const VARIABLE = "La variable v";
const SEED_REGION = "Funciones de inicialización: código y resultados";

/** The text of a region, whitespace collapsed. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? "").replace(/\s+/g, " ");
}

async function fact(page: Page, key: string): Promise<string> {
  return textOf(region(page, PLAYGROUND).locator(`dd[data-fact="${key}"]`));
}

/** Saves a screenshot of one part of the page (the whole page is too tall to shoot quickly). */
async function shoot(page: Page, selector: string, name: string): Promise<void> {
  mkdirSync("test-results/screenshots", { recursive: true });
  await page
    .locator(selector)
    .first()
    .screenshot({ path: `test-results/screenshots/${name}.png` });
}

/**
 * Runs `action` (moving an input, pressing a button), then waits until the region labelled
 * `label` shows a new result (its data-renders count grows) and the page settles.
 */
async function act(page: Page, label: string, action: () => Promise<unknown>): Promise<void> {
  const count = () => region(page, label).getAttribute("data-renders").then(Number);
  const before = await count();
  await action();
  await expect.poll(count, { timeout: 30_000 }).toBeGreaterThan(before);
  await waitForSettled(page);
}

/** Types `value` into `input` and waits for the region `label` to show the new result. */
const type = (page: Page, label: string, input: Locator, value: string) =>
  act(page, label, () => input.fill(value));

/**
 * Moves an input `times` times inside the page (an input event every 5 ms), then waits for the
 * region `label` to show a result and the page to settle.
 */
async function wiggle(
  page: Page,
  label: string,
  input: Locator,
  values: string[],
  times = 200,
): Promise<void> {
  await act(page, label, () =>
    input.evaluate(
      async (element, { values, times }) => {
        const field = element as HTMLInputElement;
        for (let i = 0; i < times; i++) {
          field.value = values[i % values.length];
          field.dispatchEvent(new Event("input", { bubbles: true }));
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      },
      { values, times },
    ),
  );
}

/** Scrolls each of the given live regions into view (they compute when first seen), then settles. */
async function reveal(page: Page, labels?: string[]): Promise<void> {
  await page.evaluate(async (labels) => {
    const regions = [...document.querySelectorAll<HTMLElement>(".live-region")].filter(
      (r) => !labels || labels.includes(r.getAttribute("aria-label") ?? ""),
    );
    for (const r of regions) {
      r.scrollIntoView({ block: "center" });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  }, labels);
  await waitForSettled(page);
}

const verdictsOf = (page: Page) =>
  page.$$eval(".comparison", (articles) =>
    Object.fromEntries(
      articles.map((a) => [(a as HTMLElement).dataset.example, (a as HTMLElement).dataset.verdict]),
    ),
  );

test("on the default backend (WebGPU) the operations table is computed live and matches the lecture", async () => {
  const { page, errors, foreignRequests } = await openPage(browser, `${baseUrl}/tensores`);
  try {
    expect(await page.getAttribute(".backend-badge", "data-backend")).toBe("webgpu");
    await reveal(page, ["Operaciones: código y resultados"]);
    const verdicts = await verdictsOf(page);
    expect(
      Object.fromEntries(Object.entries(verdicts).filter(([id]) => id.startsWith("op-"))),
    ).toEqual({
      "op-add": "coincide",
      "op-subtract": "coincide",
      "op-multiply": "coincide",
      "op-dot": "coincide",
      "op-matmul": "coincide",
      "op-transpose": "coincide",
    });
    const matmul = page.locator('.comparison[data-example="op-matmul"]');
    expect(await textOf(matmul.locator('dd[data-field="valor"]').last())).toBe(
      "[[19, 22], [43, 50]]",
    );
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  } finally {
    await page.close();
  }
});

describe("interacting (CPU backend)", () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPage(browser, `${baseUrl}/tensores?backend=cpu`));
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await page?.close();
  });

  test("every lecture example shows a verdict; the 6 known differences are flagged and summed up", async () => {
    await reveal(page);
    const verdicts = await verdictsOf(page);
    expect(Object.keys(verdicts)).toHaveLength(38);
    expect(
      Object.entries(verdicts)
        .filter(([, v]) => v === "difiere")
        .map(([id]) => id),
    ).toEqual([
      "numpy-from-data",
      "tensor-from-array",
      "variable-from-array",
      "attr-type",
      "attr-dtype",
      "attr-mean",
    ]);
    const dtype = page.locator('.comparison[data-example="tensor-from-array"] dd.mismatch');
    expect(await dtype.allTextContents()).toEqual(["float64", "float32"]);
    await shoot(page, '.comparison[data-example="tensor-from-array"]', "tensores-comparacion");
    expect(await textOf(page.locator(".comparison-summary"))).toContain(
      "De los 38 ejemplos de código de esta sección, 32 dan en TensorFlow.js lo mismo que en Python y 6 difieren:",
    );
  });

  test("the lecture's TensorFlow slide, its slips and links to the exact exercises", async () => {
    const main = await textOf(page.locator("#observablehq-main"));
    // The «Tensores en TensorFlow» intro slide and NumPy's «no puede ejecutar en GPU».
    for (const phrase of [
      "desarrollada por Google Brain",
      "Optimizado para GPUs y TPUs",
      "preinstalada en Google Colab",
      "Keras",
      "TensorBoard",
      "No puede ejecutar operaciones de arreglos en GPU",
    ]) {
      expect(main).toContain(phrase);
    }
    // t[-1] on the rank-3 tensor is a block, and TensorFlow rejects t[[0, 2]]: said where shown.
    expect(main).toContain("en el tensor de rango 3 de abajo, el último bloque");
    expect(main).toContain("con una lista, TensorFlow lanza un TypeError");
    // The tf.reduce_mean row is not «✓ coinciden»: TensorFlow gives int32, not the lecture's 2.0.
    const mean = page.locator('.comparison[data-example="attr-mean"]');
    expect(await textOf(mean.locator(".comparison__note"))).toContain("La clase escribe 2.0");
    // The graded exercises exist: no «estarán», and each link goes to an exercise on /ejercicios.
    expect(main).not.toMatch(/estarán/);
    const links = await page
      .locator('.practice a[href*="ejercicios#ej-"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual([
      "./ejercicios#ej-tensor-crear",
      "./ejercicios#ej-tensor-inicializar",
      "./ejercicios#ej-tensor-atributos",
      "./ejercicios#ej-tensor-indexar",
      "./ejercicios#ej-tensor-rebanadas",
      "./ejercicios#ej-tensor-operaciones",
      "./ejercicios#ej-tensor-operaciones",
    ]);
  });

  test("the playground shows rank, shape, size, dtype, min, max and mean of what is typed", async () => {
    const values = page.getByLabel("Valores", { exact: true });
    await type(page, PLAYGROUND, values, "[[1, 2], [3, 4], [5, 6]]");
    expect(await fact(page, "rank")).toBe("2");
    expect(await fact(page, "shape")).toBe("(3, 2) · [3, 2]");
    expect(await fact(page, "size")).toBe("6");
    expect(await fact(page, "dtype")).toBe("int32");
    expect([await fact(page, "min"), await fact(page, "max"), await fact(page, "mean")]).toEqual([
      "1",
      "6",
      "3.5",
    ]);
    expect(await fact(page, "meanPython")).toContain("3");
    expect(await region(page, PLAYGROUND).locator(".tensor-boxes__cell").count()).toBe(6);
    await shoot(page, `.live-region[aria-label="${PLAYGROUND}"]`, "tensores-playground");

    await type(page, PLAYGROUND, values, "[1.5, 2.5]");
    expect([await fact(page, "rank"), await fact(page, "dtype"), await fact(page, "mean")]).toEqual(
      ["1", "float32", "2"],
    );

    await type(page, PLAYGROUND, values, "[[1, 2], [3]]");
    expect(await textOf(region(page, PLAYGROUND))).toContain(
      "ValueError: la lista no es rectangular: después de 1 dimensión(es) hay listas de longitud 2 y de longitud 1",
    );
    await type(page, PLAYGROUND, values, "[[1, 2], [3, 4]");
    expect(await textOf(region(page, PLAYGROUND))).toContain("SyntaxError: falta cerrar");
  });

  test("the playground builds shapes with the lecture's initialisers, random ones from a seed", async () => {
    const initializer = page.getByLabel("Inicializador", { exact: true });
    await act(page, PLAYGROUND, () => page.getByLabel("elegir forma e inicializador").check());
    await act(page, PLAYGROUND, () => initializer.selectOption({ label: "unos (ones)" }));
    await type(page, PLAYGROUND, page.getByLabel("Forma", { exact: true }), "2, 3, 4");
    expect([await fact(page, "rank"), await fact(page, "size"), await fact(page, "mean")]).toEqual([
      "3",
      "24",
      "1",
    ]);
    expect(await textOf(region(page, PLAYGROUND))).toContain("tf.ones([2, 3, 4])");

    await act(page, PLAYGROUND, () =>
      initializer.selectOption({ label: "aleatorio uniforme (random.uniform)" }),
    );
    const seed = page.getByLabel("Semilla (random.uniform)");
    const cells = () => region(page, PLAYGROUND).locator(".tensor-boxes__cell").allTextContents();
    await type(page, PLAYGROUND, seed, "7");
    const first = await cells();
    await type(page, PLAYGROUND, seed, "8");
    expect(await cells()).not.toEqual(first);
    await type(page, PLAYGROUND, seed, "7");
    expect(await cells()).toEqual(first);
    await type(page, PLAYGROUND, seed, "siete");
    expect(await textOf(region(page, PLAYGROUND))).toBe(
      "ValueError: la semilla debe ser un entero ≥ 0; «siete» no lo es",
    );
    await type(page, PLAYGROUND, seed, "7");

    await type(page, PLAYGROUND, page.getByLabel("Forma", { exact: true }), "2, -1");
    expect(await textOf(region(page, PLAYGROUND))).toContain(
      "ValueError: «2, -1» no es una forma: «-1» es negativo",
    );
    await type(page, PLAYGROUND, page.getByLabel("Forma", { exact: true }), "2, 0");
    expect(await fact(page, "min")).toBe("— (tensor vacío)");
  });

  test("the index explorer lights up what an index picks and writes it in NumPy, TF and TF.js", async () => {
    const field = page.getByLabel("Índice sobre t");
    await type(page, INDEX, field, "t[0, 1]");
    const out = region(page, INDEX);
    const lit = () =>
      out
        .locator(".tensor-boxes__cell.is-selected")
        .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.flat)));
    expect(await lit()).toEqual([4, 5, 6, 7]);
    expect(await textOf(out)).toContain(
      "Resultado: forma (4,) (en TensorFlow.js [4]), 4 elementos.",
    );
    expect(await textOf(out)).toContain("tf.squeeze(tf.slice(t, [0, 1, 0], [1, 1, 4]), [0, 1])");

    // From the keyboard: Tab from the field to the first preset buttons, Enter presses one.
    await field.focus();
    for (let k = 0; k < 5; k++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("saltos t[:, ::2]");
    await act(page, INDEX, () => page.keyboard.press("Enter"));
    expect(await field.inputValue()).toBe("t[:, ::2]");
    expect(await textOf(out)).toContain("forma (2, 2, 4)");
    expect(await lit()).toEqual([0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 20, 21, 22, 23]);

    await type(page, INDEX, field, "t[0, :, [1, -1]]");
    expect(await textOf(out)).toContain("forma (2, 3)");
    expect(await textOf(out)).toContain(
      "tf.transpose(tf.gather(t[0, :, :], [1, 3], axis=1), perm=[1, 0])",
    );
    expect(await out.locator('[data-verdict="coincide"]').count()).toBe(1);
    await shoot(page, `.live-region[aria-label="${INDEX}"]`, "tensores-indices");

    await type(page, INDEX, field, "t[[0, 2]]");
    expect(await textOf(out)).toBe("IndexError: índice 2 fuera de rango para el eje 0 de tamaño 2");
    await type(page, INDEX, field, "t[0,,1]");
    expect(await textOf(out)).toBe("SyntaxError: «,» inesperado en la posición 5");
    await type(page, INDEX, field, "t[::0]");
    expect(await textOf(out)).toBe("ValueError: el paso de una rebanada no puede ser cero");
  });

  test("v[0, 1].assign(99) changes one element of the variable, keeps its id, and bad input is explained", async () => {
    const out = region(page, VARIABLE);
    const values = () => out.locator(".tensor-boxes__cell").allTextContents();
    expect(await values()).toEqual(["1", "2", "3", "4", "5", "6"]);
    const before = await textOf(out.locator(".variable-view__identity"));
    await act(page, VARIABLE, () => page.getByRole("button", { name: "Asignar" }).click());
    expect(await values()).toEqual(["1", "99", "3", "4", "5", "6"]);
    await shoot(page, `.live-region[aria-label="${VARIABLE}"]`, "tensores-variable");
    expect(await textOf(out)).toContain(
      'v.assign(tf.tensorScatterUpdate(v, [[0, 1]], tf.tensor([99], [1], "int32")));',
    );
    const id = /v\.id = (\d+)/.exec(before)![1];
    expect(await textOf(out.locator(".variable-view__identity"))).toContain(
      `v.id = ${id}, el mismo que al crearla`,
    );

    await page.getByLabel("Fila", { exact: true }).fill("5");
    await act(page, VARIABLE, () => page.getByRole("button", { name: "Asignar" }).click());
    expect(await textOf(out)).toContain(
      "IndexError: índice 5 fuera de rango para el eje 0 de tamaño 2",
    );
    expect(await values()).toEqual(["1", "99", "3", "4", "5", "6"]);

    await page.getByLabel("Fila", { exact: true }).fill("-1");
    await page.getByLabel("Valor", { exact: true }).fill("2.5");
    await act(page, VARIABLE, () => page.getByRole("button", { name: "Asignar" }).click());
    expect(await textOf(out)).toContain("TypeError: la variable es int32 y 2.5 no es entero");

    await act(page, VARIABLE, () =>
      page.getByRole("button", { name: "Volver a los valores iniciales" }).click(),
    );
    expect(await values()).toEqual(["1", "2", "3", "4", "5", "6"]);
  });

  test("the seed input re-runs the random example with that seed; an empty seed is explained", async () => {
    await type(page, SEED_REGION, page.getByLabel("Semilla", { exact: true }), "123");
    const random = page.locator('.comparison[data-example="random-uniform"]');
    expect(await textOf(random)).toContain('tf.randomUniform([2, 3], 0, 1, "float32", 123)');
    expect(await random.getAttribute("data-verdict")).toBe("coincide");
    await type(page, SEED_REGION, page.getByLabel("Semilla", { exact: true }), "");
    expect(await textOf(region(page, SEED_REGION))).toBe(
      "ValueError: falta la semilla: escribe un entero ≥ 0",
    );
    await type(page, SEED_REGION, page.getByLabel("Semilla", { exact: true }), "42");
  });

  test("moving the inputs 200 times each does not grow tf.memory().numTensors", async () => {
    await waitForSettled(page);
    const before = await tensorCount(page);
    await wiggle(page, INDEX, page.getByLabel("Índice sobre t"), [
      "t[0, 1]",
      "t[:, ::2]",
      "t[-1, [2, 0]]",
      "t[9]",
    ]);
    await wiggle(page, SEED_REGION, page.getByLabel("Semilla", { exact: true }), ["1", "2", "3"]);
    await act(page, PLAYGROUND, () => page.getByLabel("escribir sus valores").check());
    await wiggle(page, PLAYGROUND, page.getByLabel("Valores", { exact: true }), [
      "[1, 2]",
      "[[1.5], [2]]",
      "[[1], [2, 3]]",
      "5",
    ]);
    await expect.poll(() => tensorCount(page)).toBe(before);
  });

  test("device placement: probe every backend, switch and time a matmul on each", async () => {
    await act(page, "Motores de TensorFlow.js disponibles", () =>
      page.getByRole("button", { name: "Probar todos los motores" }).click(),
    );
    const rows = page.locator(".backend-table tbody tr");
    expect(
      await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.backend)),
    ).toEqual(["webgpu", "webgl", "wasm", "cpu"]);
    expect(
      await page.locator('.backend-table tr[data-backend="cpu"]').getAttribute("data-ok"),
    ).toBe("true");

    await page.getByLabel("Tamaño n").selectOption("64");
    for (const [label, name] of [
      ["WebAssembly", "wasm"],
      ["CPU (JavaScript)", "cpu"],
    ]) {
      await page.getByLabel(label, { exact: true }).check();
      await act(page, "Tiempos del producto matricial", () =>
        page.getByRole("button", { name: "Cambiar de motor y medir" }).click(),
      );
      expect(await page.getAttribute(".backend-badge", "data-backend")).toBe(name);
    }
    expect(
      await page
        .locator(".timing-table tbody tr")
        .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.backend)),
    ).toEqual(["wasm", "cpu"]);
    expect(await page.locator(".timing-chart svg").count()).toBeGreaterThan(0);
    // Its spec was compiled at build time (scripts/vega-discovery.ts finds it through
    // TimingChart), like the other pages' charts.
    expect(await page.locator(".timing-chart .vega-chart").getAttribute("data-compiled")).toBe(
      "build",
    );
    expect(
      await page.locator('.timing-chart [role="graphics-document"]').getAttribute("aria-label"),
    ).toMatch(/2 mediciones/);
    await shoot(page, ".timing-table", "tensores-tiempos");
  });
});
