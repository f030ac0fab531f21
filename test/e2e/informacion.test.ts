/**
 * «Teoría de la información»: the lecture's 1 bit and 0 bits read off the page, the bar editor
 * driven by typing, keyboard and mouse, KL = ∞ when Q is 0 where P is not, KL = 0 when P = Q,
 * Spanish messages instead of NaN, and no tfjs.
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
  record = await openPage(browser, `${baseUrl}/informacion`);
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
const mainText = () =>
  page
    .locator("#observablehq-main")
    .innerText()
    .then((t) => t.replace(/[^\S\n]+/g, " "));
const coin = () => page.getByRole("spinbutton", { name: "p = P(cara)", exact: true });
const editors = () => page.locator(".dist-editor");
/** The weight box of outcome `name` in the editor whose title starts with `title`. */
const weight = (title: string, name: string) =>
  page.getByRole("spinbutton", { name: `${title}: peso de ${name}` });

describe("página /informacion", () => {
  test("loads no tfjs, and every chart has a text alternative", async () => {
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((entry) => entry.name),
    );
    expect(loaded.filter((url) => /tfjs/i.test(url))).toEqual([]);
    // The KL terms chart is drawn on a canvas (redrawn on every keystroke); the others in SVG.
    expect(await page.locator(".vega-chart svg").count()).toBe(2);
    expect(await page.locator(".vega-chart canvas").count()).toBe(1);
    for (const drawing of await page.locator(".vega-chart svg, .vega-chart canvas").all())
      expect(await drawing.getAttribute("aria-label")).toBeTruthy();
    expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
    expect(await mainText()).toContain("(la clase: 1 bit)");
    expect(await mainText()).toContain("(la clase: 0 bits)");
  });

  test("a fair coin, p = 0.5, has 1 bit; the rigged coin, p = 1, has 0 bits and 0·log 0 = 0", async () => {
    await coin().fill("0.5");
    await expect.poll(() => text('[data-testid="entropia-moneda"]')).toBe("1 bit");
    expect(await text("#resultado-moneda")).toContain("La clase: 1 bit.");
    await coin().fill("1");
    await expect.poll(() => text('[data-testid="entropia-moneda"]')).toBe("0 bits");
    const rigged = await text("#resultado-moneda");
    expect(rigged).toContain("La clase: 0 bits.");
    expect(rigged).toContain("por convención vale 0");
  });

  test("the coin's formula follows the slider, updated in place (same region, same formula)", async () => {
    /** The formula as read: no whitespace, no zero-width spaces KaTeX adds to subscripts. */
    const formula = () =>
      page
        .locator("#resultado-moneda .katex")
        .first()
        .textContent()
        .then((t) => (t ?? "").replace(/[\s\u200b]+/g, ""));
    await coin().fill("0.3");
    await expect.poll(formula).toBe("H(0.3)=−[0.3log20.3+0.7log20.7]=0.881bits");
    // Marked with a property (the patch keeps nodes, and makes their attributes the new ones').
    const marked = `[document.querySelector("#resultado-moneda"), document.querySelector("#resultado-moneda .katex")]`;
    await page.evaluate(`${marked}.forEach((node) => { node.mismo = true; })`);
    for (const [p, expected] of [
      ["0.25", "H(0.25)=−[0.25log20.25+0.75log20.75]=0.811bits"],
      ["0.9", "H(0.9)=−[0.9log20.9+0.1log20.1]=0.469bits"],
      ["0.5", "H(0.5)=−[0.5log20.5+0.5log20.5]=1bit"],
    ]) {
      await coin().fill(p);
      await expect.poll(formula).toBe(expected);
    }
    expect(await page.evaluate(`${marked}.map((node) => node.mismo === true)`)).toEqual([
      true,
      true,
    ]);
    expect(await page.locator("#resultado-moneda").getAttribute("aria-atomic")).toBe("true");
  });

  test("texNumbers renders what KaTeX renders, also where a number cannot be a slot", async () => {
    // The page's own module (components/texNumbers.ts), as built.
    // Source text: vitest would rewrite a dynamic import() written as a function.
    const result = (await page.evaluate(`(async () => {
      const url = performance.getEntriesByType("resource").map((e) => e.name)
        .find((name) => /\\/texNumbers\\.\\w+\\.js$/.test(name));
      const { renderNumbers } = await import(url);
      const read = (node) => node.textContent.replace(/[\\s\\u200b]+/g, "");
      // Same shape twice (the second is a copy with its numbers set), then a size argument,
      // which KaTeX rejects with a slot inside: rendered in full instead.
      const first = read(renderNumbers("\\\\frac{0.25}{2} = 0.125"));
      const second = read(renderNumbers("\\\\frac{0.5}{4} = 0.125"));
      const sized = [1.5, 2.5].map((x) => read(renderNumbers("x\\\\hspace{2em}= " + x)));
      let error = "";
      try { renderNumbers("\\\\frac{1}{"); } catch (e) { error = String(e); }
      return { first, second, sized, error };
    })()`)) as { first: string; second: string; sized: string[]; error: string };
    // KaTeX's HTML puts a fraction's denominator first.
    expect(result.first).toBe("20.25=0.125");
    expect(result.second).toBe("40.5=0.125");
    expect(result.sized).toEqual(["x=1.5", "x=2.5"]);
    expect(result.error).toContain("KaTeX parse error");
  });

  test("a coin with p outside [0, 1] gets the library's message, never NaN", async () => {
    await coin().fill("1.5");
    await expect
      .poll(() => text("#resultado-moneda"))
      .toContain("entropy: p[1] = -0.5 es negativo");
    expect(await mainText()).not.toContain("NaN");
    await coin().fill("0.3");
    await expect.poll(() => text('[data-testid="entropia-moneda"]')).toBe("0.881 bits");
  });

  test("the bar editor renormalises typed weights and switches between bits and nats", async () => {
    for (const [name, w] of [
      ["x₁", "3"],
      ["x₂", "1"],
      ["x₃", "0"],
      ["x₄", "0"],
    ])
      await weight("Distribución P", name).fill(w);
    const editor = editors().first();
    await expect
      .poll(() => editor.locator(".dist-editor__status").innerText())
      .toContain(
        "Los pesos (las casillas y el contorno punteado) suman 4; las probabilidades (las barras rellenas y sus números) son cada peso ÷ 4, y suman 1.",
      );
    // P = (0.75, 0.25, 0, 0): H = 0.811 bits of a maximum log₂ 4 = 2 bits.
    await expect.poll(() => text('[data-testid="entropia"]')).toBe("0.811 bits");
    expect(await text('[data-testid="entropia-maxima"]')).toBe("2 bits");
    await page.getByRole("radio", { name: "nats" }).check();
    await expect.poll(() => text('[data-testid="entropia"]')).toBe("0.562 nats");
    expect(await text('[data-testid="entropia-maxima"]')).toBe("1.39 nats");
    await page.getByRole("radio", { name: "bits" }).check();
    await expect.poll(() => text('[data-testid="entropia"]')).toBe("0.811 bits");
  });

  test("the bar editor works from the keyboard and by dragging, and explains all-zero weights", async () => {
    const editor = editors().first();
    const bar = editor.getByRole("slider", { name: "Distribución P: peso de x₂" });
    await bar.focus();
    await page.keyboard.press("End"); // weight 1
    await expect.poll(() => bar.getAttribute("aria-valuenow")).toBe("1");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => bar.getAttribute("aria-valuenow")).toBe("0.99");
    // Drag x₃'s bar to the bottom: its weight becomes 0.
    const x3 = editor.getByRole("slider", { name: "Distribución P: peso de x₃" });
    await x3.focus();
    await page.keyboard.press("PageUp");
    const box = (await editor.locator("svg").boundingBox())!;
    const target = (await x3.locator(".dist-editor__hit").boundingBox())!;
    await page.mouse.move(target.x + target.width / 2, target.y + 5);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, box.y + box.height, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => x3.getAttribute("aria-valuenow")).toBe("0");
    for (const name of ["x₁", "x₂", "x₃", "x₄"]) await weight("Distribución P", name).fill("0");
    await expect
      .poll(() => editor.locator(".dist-editor__error").innerText())
      .toContain("todos los pesos valen 0");
    expect(await text("#resultado-entropia")).toContain("todos los pesos valen 0");
    await weight("Distribución P", "x₁").fill("-1");
    await expect
      .poll(() => editor.locator(".dist-editor__error").innerText())
      .toContain("el peso 1 vale -1; los pesos no pueden ser negativos");
    await editor.getByRole("button", { name: "Uniforme" }).click();
    await expect.poll(() => text('[data-testid="entropia"]')).toBe("2 bits");
    expect(await mainText()).not.toContain("NaN");
  });

  test("KL: Q = 0 where P > 0 gives ∞ and says why; copying P into Q gives exactly 0", async () => {
    await expect.poll(() => text('[data-testid="kl-pq"]')).toBe("0.154 bits");
    expect(await text('[data-testid="kl-qp"]')).toBe("0.176 bits");
    await weight("Q (la aproximación)", "x₁").fill("0");
    await expect.poll(() => text('[data-testid="kl-pq"]')).toBe("∞ bits");
    const why = await mainText();
    expect(why).toContain("Q vale 0 en x₁, donde P es mayor que 0");
    expect(await text('[data-testid="kl-qp"]')).not.toContain("∞");
    // The chart is drawn when it comes near the view, and redraws asynchronously (vega's
    // runAsync), after the text.
    await page.locator(".vega-chart").nth(2).scrollIntoViewIfNeeded();
    // A canvas has no text elements: read what vega drew, from its scene graph.
    const drawnTexts = () =>
      page.evaluate(() => {
        const figure = document.querySelectorAll(".vega-chart")[2] as Element & {
          view: { scenegraph(): { root: unknown } } | null;
        };
        const texts: string[] = [];
        const walk = (node: { text?: unknown; items?: unknown[] } | undefined) => {
          if (node?.text !== undefined) texts.push(String(node.text));
          for (const item of node?.items ?? []) walk(item as typeof node);
        };
        walk(figure.view?.scenegraph().root as Parameters<typeof walk>[0]);
        return texts;
      });
    await expect
      .poll(async () => (await drawnTexts()).filter((t) => t === "∞").length)
      .toBeGreaterThan(0);
    await screenshot(page, "informacion-kl-infinito");
    await editors().nth(2).getByRole("button", { name: "Copiar P" }).click();
    await expect.poll(() => text('[data-testid="kl-pq"]')).toBe("0 bits");
    expect(await text('[data-testid="kl-qp"]')).toBe("0 bits");
    expect(await mainText()).toContain("las dos divergencias valen exactamente 0");
  });

  test("KL: changing the number of outcomes rebuilds both editors", async () => {
    const outcomes = page.getByRole("spinbutton", { name: "Número de resultados", exact: true });
    await outcomes.fill("6");
    await expect.poll(() => editors().nth(1).getByRole("slider").count()).toBe(6);
    expect(await editors().nth(2).getByRole("slider").count()).toBe(6);
    await expect.poll(() => text('[data-testid="kl-pq"]')).not.toBe("—");
  });

  test("interacting never loaded tfjs nor logged an error", () => {
    expect(requests.filter((url) => /tfjs/i.test(url))).toEqual([]);
    expect(record.errors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
  });
});
