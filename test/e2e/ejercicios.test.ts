/**
 * The exercises page as a student uses it: solve an exercise by typing, get a specific
 * message for a wrong answer, stop an infinite loop while the page keeps responding, keep the
 * code across a reload, start over after confirming, and see errors (syntax, memory) explained.
 */
import { readFileSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { exerciseById } from "../../lib/exercises/catalog/index.js";
import {
  click as clickIn,
  editorText as editorTextIn,
  exercise as exerciseIn,
  openExercisesPage,
  setCode as setCodeIn,
  settle as settleIn,
} from "./exercises.js";
import { expectKilocalorieReading } from "./nutritionReading.js";
import { openPage, type PageRecord } from "./page.js";

const baseUrl = inject("baseUrl");
let browser: Browser;
let record: PageRecord;
let page: Page;
let reload: () => Promise<void>;

beforeAll(async () => {
  ({ browser, record, page, reload } = await openExercisesPage(`${baseUrl}/ejercicios`));
});

afterAll(async () => {
  await browser?.close();
});

const exercise = (id: string): Locator => exerciseIn(page, id);
const setCode = (id: string, code: string) => setCodeIn(page, id, code);
const settle = (id: string, timeout?: number) => settleIn(page, id, timeout);
const click = (id: string, name: string) => clickIn(page, id, name);
const editorText = (id: string) => editorTextIn(page, id);

describe("la página de ejercicios", () => {
  test("shows every exercise idle, with a labelled editor, and «Mis ejercicios»", async () => {
    const ids = await page
      .locator("[data-exercise]")
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.exercise));
    expect(ids.length).toBeGreaterThanOrEqual(14);
    for (const id of ids) expect(await page.locator(`#ej-${id}`).count()).toBe(1);
    const statuses = await page
      .locator("[data-exercise]")
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.status));
    expect(new Set(statuses)).toEqual(new Set(["idle"]));
    expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
    // The editable element is labelled by the visible label.
    const label = await exercise("tensor-crear")
      .locator(".cm-content")
      .evaluate(
        (node) => document.getElementById(node.getAttribute("aria-labelledby")!)?.textContent,
      );
    expect(label).toMatch(/Tu código/);
    expect(await page.locator("[data-my-exercises] li").count()).toBe(ids.length);
  });

  test("the nutrition exercise reads the table as kilocalories and says once that the lecture truncates", async () => {
    expectKilocalorieReading(await page.locator("#observablehq-main").innerText());
    const nutrition = exercise("vect-nutricion");
    expect(await nutrition.locator(".exercise__title").textContent()).toContain(
      "Fracción de las calorías",
    );
    const prompt = await nutrition.innerText();
    expect(prompt).toContain("kilocalorías (kcal)");
    expect(prompt).toContain(
      "56.0 / 59 = 0.949 de carbohidratos (la clase escribe 0.94: corta en dos decimales en vez de redondear a 0.95)",
    );
  });

  test("typing the answer and pressing «Comprobar» passes; «Mis ejercicios» says so", async () => {
    const id = "prob-bayes-consultorio";
    const content = exercise(id).locator(".cm-content");
    await content.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type("return (pH * pFdadoH) / pF;");
    await click(id, "Comprobar");
    expect(await settle(id)).toEqual({
      status: "pass",
      message: expect.stringContaining("¡Correcto!"),
    });
    await expect
      .poll(() => page.locator(`[data-exercise-progress="${id}"]`).getAttribute("data-progress"))
      .toBe("resuelto");
    await exercise(id).screenshot({ path: "test-results/screenshots/ejercicio-pass.png" });
  });

  test("Ctrl+Enter runs: the output shows what was printed and the returned tensor", async () => {
    const id = "tensor-crear";
    await setCode(
      id,
      'const t = tf.tensor([[1, 2], [3, 4]]);\nconsole.log("forma", t.shape);\nreturn t;',
    );
    await page.keyboard.press("ControlOrMeta+Enter");
    const { status } = await settle(id);
    expect(status).toBe("idle");
    expect(await exercise(id).locator(".exercise__logs").innerText()).toContain("forma [2, 2]");
    expect(await exercise(id).locator(".exercise__value").innerText()).toBe(
      "Tensor · forma [2, 2] · float32\n[[1, 2],\n [3, 4]]",
    );
  });

  test("a wrong answer fails with its specific message", async () => {
    const id = "vect-nutricion";
    await setCode(id, "return A.div(A.sum(1, true));");
    await click(id, "Comprobar");
    const { status, message } = await settle(id);
    expect(status).toBe("fail");
    expect(message).toContain("el total de cada fila");
    // A loop, where the exercise forbids it, is named with its line.
    await setCode(
      id,
      exerciseById(id).starter.replace(
        "return A;",
        "for (let i = 0; i < 3; i++) {}\nreturn A.div(A.sum(0));",
      ),
    );
    await click(id, "Comprobar");
    expect((await settle(id)).message).toMatch(/Línea \d+: usas un ciclo `?for`?/);
    await exercise(id).screenshot({ path: "test-results/screenshots/ejercicio-fail.png" });
  });

  test("an infinite loop times out at the limit while the page keeps responding", async () => {
    const id = "vect-punto";
    await setCode(id, "while (true) {}");
    const started = Date.now();
    await click(id, "Ejecutar");
    await expect.poll(() => exercise(id).getAttribute("data-status")).toBe("running");
    expect(await exercise(id).getAttribute("aria-busy")).toBe("true");
    // Meanwhile the page handles a click elsewhere: another exercise shows its first hint.
    const other = "info-kl";
    const clickedAt = Date.now();
    await exercise(other)
      .getByRole("button", { name: /^Pista/ })
      .click();
    await exercise(other).locator(".exercise__hints li").first().waitFor();
    expect(Date.now() - clickedAt).toBeLessThan(2_000);
    expect(await exercise(id).getAttribute("data-status")).toBe("running");
    const { status, message } = await settle(id, 20_000);
    const elapsed = Date.now() - started;
    expect(status).toBe("timeout");
    expect(message).toContain("tardó más de 5 s");
    expect(elapsed).toBeGreaterThanOrEqual(5_000);
    expect(elapsed).toBeLessThan(10_000);
    await exercise(id).screenshot({ path: "test-results/screenshots/ejercicio-timeout.png" });
  });

  test("syntax errors give line and column; TypeScript runs; memory hogs are reported", async () => {
    const id = "tensor-atributos";
    await setCode(id, "const x = 1;\nconst y = (;\nreturn y;");
    await click(id, "Ejecutar");
    expect(await settle(id)).toEqual({
      status: "error",
      message: expect.stringContaining("Error de sintaxis en la línea 2, columna 12"),
    });
    expect(await exercise(id).locator(".cm-errorLine").count()).toBe(1);

    await setCode(id, "const n: number = 3;\nconst t: tf.Tensor = tf.ones([n]);\nreturn t.sum();");
    await click(id, "Ejecutar");
    expect((await settle(id)).status).toBe("idle");
    expect(await exercise(id).locator(".exercise__value").innerText()).toContain("3");

    await setCode(id, "return tf.zeros([100000, 100000]);");
    await click(id, "Ejecutar");
    expect(await settle(id)).toEqual({
      status: "error",
      message: expect.stringContaining("memoria"),
    });

    await setCode(id, "const grande = tf.zeros([9000, 9000]); // 324 MB\nreturn grande;");
    await click(id, "Ejecutar");
    expect(await settle(id)).toEqual({
      status: "error",
      message: expect.stringContaining("el límite es"),
    });

    await setCode(id, "return nada + 1;");
    await click(id, "Ejecutar");
    expect(await settle(id)).toEqual({
      status: "error",
      message: expect.stringContaining("en la línea 1: «nada» no está definido"),
    });
    await exercise(id).screenshot({ path: "test-results/screenshots/ejercicio-error.png" });
  });

  test("the code survives a reload, and «Empezar de nuevo» restores the starter after confirming", async () => {
    const id = "der-ej1";
    const code = "// mi intento\nconst f = (x) => x.square();\nreturn tf.grad(f)(tf.scalar(x0));";
    await setCode(id, code);
    await page.waitForTimeout(700); // the save is debounced
    await reload();
    await expect.poll(() => editorText(id), { timeout: 30_000 }).toBe(code);
    // A pass from before the reload is still shown.
    expect(
      await exercise("prob-bayes-consultorio").locator(".exercise__badge").innerText(),
    ).toMatch(/Resuelto/);

    await click(id, "Empezar de nuevo");
    const confirmation = exercise(id).locator(".exercise__confirm");
    await confirmation.waitFor();
    expect(await confirmation.innerText()).toMatch(/¿Borrar tu código/);
    await confirmation.getByRole("button", { name: "Cancelar" }).click();
    expect(await editorText(id)).toBe(code);
    await click(id, "Empezar de nuevo");
    await confirmation.getByRole("button", { name: "Sí, empezar de nuevo" }).click();
    expect(await editorText(id)).toBe(exerciseById(id).starter.replace(/\n$/, "\n"));
    await page.waitForTimeout(700);
    await reload();
    await expect.poll(() => editorText(id), { timeout: 30_000 }).toBe(exerciseById(id).starter);
  });

  test("code saved for an older version is offered next to the new starter, not mixed in", async () => {
    const id = "tensor-rebanadas"; // not edited by the other tests
    const old = "// mi código de la versión 0\nreturn tf.ones([2]);";
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [
        `fmb2:ejercicio:${id}:v0`,
        JSON.stringify({
          version: "0",
          code: old,
          solved: false,
          lastCheck: null,
          updatedAt: new Date().toISOString(),
        }),
      ],
    );
    await reload();
    const notice = exercise(id).locator(".exercise__notice");
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/Este ejercicio cambió desde que guardaste tu código/);
    expect(await editorText(id)).toBe(exerciseById(id).starter);
    await notice.getByRole("button", { name: "Usar mi código anterior" }).click();
    expect(await editorText(id)).toBe(old);
    expect(await notice.isHidden()).toBe(true);
    expect(
      await page.evaluate((key) => localStorage.getItem(key), `fmb2:ejercicio:${id}:v0`),
    ).toBeNull();
  });

  test("exporting asks once for the student's name and ID, keeps them, and writes them with the site's version", async () => {
    const mine = page.locator("[data-my-exercises]");
    const exportButton = mine.getByRole("button", { name: "Exportar mi trabajo (JSON)" });
    const message = mine.locator(".my-exercises__message");
    expect(await mine.locator(".my-exercises__student").isHidden()).toBe(true);
    await exportButton.click();
    expect(await message.innerText()).toMatch(
      /^Antes de exportar, escribe tu nombre y tu identificación/,
    );
    const name = mine.getByLabel("Tu nombre");
    expect(await name.evaluate((node) => node === document.activeElement)).toBe(true);
    await name.fill("Ana Díaz");
    await mine.getByLabel(/Tu identificación/).fill("A-001");
    await mine.screenshot({ path: "test-results/screenshots/mis-ejercicios-exportar.png" });
    const [download] = await Promise.all([page.waitForEvent("download"), exportButton.click()]);
    const file = JSON.parse(readFileSync((await download.path())!, "utf-8"));
    expect(file).toMatchObject({
      formato: "mis-ejercicios",
      version: 2,
      sitio: { version: "0.1.0" },
      estudiante: { nombre: "Ana Díaz", id: "A-001" },
    });
    expect(
      file.ejercicios.find((e: { id: string }) => e.id === "prob-bayes-consultorio"),
    ).toMatchObject({
      version: exerciseById("prob-bayes-consultorio").version,
      code: "return (pH * pFdadoH) / pF;",
    });
    expect(await message.innerText()).toMatch(/a nombre de Ana Díaz \(A-001\)\.$/);
    // Kept in the browser: after a reload the fields show them, and the next export asks nothing.
    await reload();
    await expect.poll(() => mine.getByLabel("Tu nombre").inputValue()).toBe("Ana Díaz");
    expect(await mine.getByLabel(/Tu identificación/).inputValue()).toBe("A-001");
  });

  test("«Mis ejercicios» refuses an invalid import with a Spanish error", async () => {
    const input = page.locator("[data-my-exercises] input[type=file]");
    await input.setInputFiles({
      name: "malo.json",
      mimeType: "application/json",
      buffer: Buffer.from("{hola"),
    });
    const message = page.locator(".my-exercises__message");
    await expect.poll(() => message.innerText()).toMatch(/no es JSON válido/);
    await input.setInputFiles({
      name: "otro.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ a: 1 })),
    });
    await expect
      .poll(() => message.innerText())
      .toMatch(/no es una exportación de «Mis ejercicios»/);
  });

  test("a link to #ej-<id> scrolls to that exercise once the page has rendered it", async () => {
    const other = await openPage(browser, `${baseUrl}/ejercicios#ej-der-ej1`);
    try {
      const top = await other.page
        .locator("#ej-der-ej1")
        .evaluate((node) => node.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThan(200);
      expect(other.errors).toEqual([]);
    } finally {
      await other.page.close();
    }
  });

  test("made no console errors and no requests to other origins", async () => {
    await page.screenshot({ path: "test-results/screenshots/ejercicios-e2e.png" });
    expect(record.errors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    expect(record.failedRequests).toEqual([]);
  });
});
