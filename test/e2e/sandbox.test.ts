/**
 * The exercise sandbox, tried as a malicious student would (issues 24 §4–5 and 25): from the
 * student's own code, typed into the page's editors, «Comprobar» must not be fooled, the
 * worker must not reach the network or keep state, huge or hostile results must not hang
 * the page, and saved work must survive bad storage and bad imports.
 *
 * The bypasses compute the right answer for the lecture's data whether or not the exercise
 * gives its data as variables (`typeof u === "undefined"`), so each one passed «Comprobar»
 * before the sandbox was hardened; each must now fail for its own reason.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { exerciseById } from "../../lib/exercises/catalog/index.js";
import { editorText, exercise, openExercisesPage, setCode, submit } from "./exercises.js";
import type { PageRecord } from "./page.js";

const baseUrl = inject("baseUrl");
let browser: Browser;
let record: PageRecord;
let page: Page;
let reloadPage: () => Promise<void>;

beforeAll(async () => {
  ({
    browser,
    record,
    page,
    reload: reloadPage,
  } = await openExercisesPage(`${baseUrl}/ejercicios`));
});

afterAll(async () => {
  await browser?.close();
});

const check = (id: string, code: string) => submit(page, id, code, "Comprobar");
const run = (id: string, code: string) => submit(page, id, code, "Ejecutar");

async function reload(): Promise<void> {
  await reloadPage();
  await exercise(page, "tensor-crear").locator(".cm-content").waitFor();
}

/** The vectors of «Producto punto vectorizado», whether given as data or not, as arrays a, b. */
const PUNTO = `const U = typeof u === "undefined" ? tf.range(0, 100000).div(99999) : u;
const V = typeof v === "undefined" ? tf.sub(1, U) : v;
const a = Array.from(await U.data()), b = Array.from(await V.data());
`;

describe("«Comprobar» is not fooled (issue 25)", () => {
  test.each([
    [
      "eval of a loop",
      'globalThis.A = a;\nglobalThis.B = b;\nreturn eval("let w = 0; for (let i = 0; i < A.length; i++) w += A[i] * B[i]; w");',
      /No se permite ejecutar texto como código/,
    ],
    [
      "new Function with a loop",
      'return new Function("a", "b", "let w = 0; for (let i = 0; i < a.length; i++) w += a[i] * b[i]; return w;")(a, b);',
      /No se permite ejecutar texto como código/,
    ],
    [
      "Array.prototype.reduce.call",
      "return Array.prototype.reduce.call(a, (s, x, i) => s + x * b[i], 0);",
      /la ejecuta Array\.reduce\(…\)/,
    ],
    [
      "a computed method name",
      "return a['redu' + 'ce']((s, x, i) => s + x * b[i], 0);",
      /la ejecuta Array\.reduce\(…\)/,
    ],
    [
      "Reflect.apply",
      "return Reflect.apply(Array.prototype.reduce, a, [(s, x, i) => s + x * b[i], 0]);",
      /la ejecuta Array\.reduce\(…\)/,
    ],
    [
      "a replace callback",
      'let w = 0;\n"x".repeat(a.length).replace(/x/g, (_, i) => { w += a[i] * b[i]; return ""; });\nreturn w;',
      /la ejecuta String\.replace\(…\)/,
    ],
    [
      "recursion",
      "const f = (lo, hi) => hi - lo === 1 ? a[lo] * b[lo] : f(lo, (lo + hi) >> 1) + f((lo + hi) >> 1, hi);\nreturn f(0, a.length);",
      /tu función f se ejecutó más de 30 veces/,
    ],
    [
      "Float64Array.from with a function",
      "let w = 0;\nFloat64Array.from(a, (x, i) => (w += x * b[i]));\nreturn w;",
      /la ejecuta Float64Array\.from\(…\)/,
    ],
    [
      "the answer typed by hand",
      "return 16666.49999833308;",
      /^Con otros datos \(u \(tensor float32 de forma \[\d+\]\), v .*¿escribiste el resultado/s,
    ],
  ])("vect-punto «sin ciclos»: %s", async (name, body, reason) => {
    const { status, message } = await check("vect-punto", PUNTO + body);
    expect(status).not.toBe("pass");
    expect(message).toMatch(reason);
    if (name === "the answer typed by hand" || name === "Reflect.apply") {
      await exercise(page, "vect-punto").screenshot({
        path: `test-results/screenshots/ejercicio-${name === "Reflect.apply" ? "ciclo-disfrazado" : "otros-datos"}.png`,
      });
    }
  });

  test("an Object.prototype.then that hands back a forged pass", async () => {
    const { status, message } = await check(
      "prob-bayes-consultorio",
      `Object.prototype.then = function (resolve) {
  delete Object.prototype.then;
  resolve({ status: "ok", value: { kind: "number", value: 0.48 }, logs: [], violations: [], called: [], typescript: false, ms: 1 });
};
return 999;`,
    );
    expect(status).toBe("fail");
    expect(message).toMatch(/^Tu resultado es 999, que no es el valor esperado/);
  });

  test("der-ej1: a tf.grad that never runs, then the lecture's number", async () => {
    const { status, message } = await check("der-ej1", "if (false) tf.grad((x) => x);\nreturn 25;");
    expect(status).toBe("fail");
    expect(message).toMatch(/usa tf\.grad\(f\).*no se ejecutó/s);
  });

  test("bc-reshape: `[].reshape?.()` and the lecture's sum typed by hand", async () => {
    const { status, message } = await check(
      "bc-reshape",
      "[].reshape?.();\nreturn tf.tensor2d([[11, 12, 13], [24, 25, 26]]);",
    );
    expect(status).toBe("fail");
    expect(message).toMatch(/usar reshape.*no se ejecutó/s);
  });
});

describe("the sandbox, from student code (issue 24 §4)", () => {
  const WRONG = "return 0;"; // P(H|F) is 0.48 with the lecture's data

  test("a success message posted to the page, in every way the worker offers, is not heard", async () => {
    const forged = `{ type: "done", evaluation: { status: "ok", value: { kind: "number", value: 0.48 }, logs: [], violations: [], called: [], typescript: false, ms: 1 } }`;
    for (const post of [
      `postMessage(${forged});`,
      `self.postMessage(${forged});`,
      `for (let o = self; o; o = Object.getPrototypeOf(o)) {
  const d = Object.getOwnPropertyDescriptor(o, "postMessage");
  if (d) d.value.call(self, ${forged});
}`,
      `self.dispatchEvent(new MessageEvent("message", { data: { type: "run", inputs: {} } }));`,
    ]) {
      const { status, message } = await check(
        "prob-bayes-consultorio",
        `try {\n${post}\n} catch {}\n${WRONG}`,
      );
      expect(status, post).toBe("fail");
      expect(message, post).toMatch(/^Tu resultado es 0, que no es el valor esperado/);
    }
  });

  test("Math, Array.prototype, Object.prototype and tf bent in one run fool neither that check nor the next", async () => {
    const bend = `Math.abs = () => 0;
Math.max = () => Infinity;
Array.prototype.some = () => false;
Array.prototype.every = () => true;
Object.keys = () => [];
JSON.stringify = () => "{}";
Object.defineProperty(Object.prototype, "status", { get() { return "ok"; }, configurable: true });
tf.Tensor.prototype.dataSync = function () { return new Float32Array([0.48]); };
self.__preparado = true;
`;
    await run("prob-bayes-consultorio", `${bend}return 0.48;`);
    const next = await check("prob-bayes-consultorio", `return self.__preparado ? 0.48 : 0.1;`);
    expect(next.status).toBe("fail");
    expect(next.message).toMatch(/^Tu resultado es 0.1,/);
    const same = await check("prob-bayes-consultorio", `${bend}return tf.scalar(0.1);`);
    expect(same.status).toBe("fail");
    expect(same.message).toMatch(/^Con otros datos \(.*\), tu resultado es 0.48/);
  });

  test.each([
    [
      "a Proxy whose traps throw (returning it reads its `then`, which throws)",
      'const trap = () => { throw new Error("trampa"); };\nreturn new Proxy({}, { ownKeys: trap, get: trap, getPrototypeOf: trap });',
      /^Error al ejecutar tu código en la línea 1: trampa/,
    ],
    [
      "an object with a getter that throws",
      'return { get pHdadoF() { throw new Error("getter"); } };',
      /^Se esperaba un número, pero tu código devolvió un objeto/,
    ],
    [
      "a thrown Proxy",
      'throw new Proxy({}, { get() { throw new Error("x"); }, getPrototypeOf() { throw new Error("x"); } });',
      /Tu código lanzó un valor que no se puede leer|lanzó un valor que no es un error/,
    ],
    [
      "a circular object",
      "const a = { pHdadoF: 1 };\na.self = a;\nreturn a;",
      /^Se esperaba un número, pero tu código devolvió un objeto/,
    ],
  ])("%s is reported at once, not as a timeout", async (_name, code, reason) => {
    const started = Date.now();
    const { status, message } = await check("prob-bayes-consultorio", code);
    expect(status).not.toBe("pass");
    expect(status).not.toBe("timeout");
    expect(message).toMatch(reason);
    expect(message).not.toMatch(/tardó/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test("huge results are shown cut, with «… (recortado)», and the page keeps answering", async () => {
    const long = await run("tensor-crear", 'return "x".repeat(1e8);');
    expect(long.status).toBe("idle");
    expect(long.value).toMatch(/^"x{100,}…" \(recortado: 100\u202f000\u202f000 caracteres\)$/);
    expect(long.value.length).toBeLessThan(20_100);
    const many = await run(
      "tensor-crear",
      'return Array.from({ length: 1000 }, () => "y".repeat(1e5));',
    );
    expect(many.value.length).toBeLessThan(20_100);
    expect(many.value).toMatch(/… \(recortado/);
    const prints = await run(
      "tensor-crear",
      'for (let i = 0; i < 500; i++) console.log("z".repeat(1e4));\nreturn 1;',
    );
    expect(prints.logs.length).toBeLessThan(60_000);
    expect(prints.logs).toMatch(/… \(recortado/);
    await exercise(page, "tensor-crear").screenshot({
      path: "test-results/screenshots/ejercicio-salida-recortada.png",
    });
    // Still responsive: a click elsewhere is handled at once.
    const clickedAt = Date.now();
    await exercise(page, "info-kl")
      .getByRole("button", { name: /^Pista/ })
      .click();
    expect(Date.now() - clickedAt).toBeLessThan(2_000);
  });

  test("no request and no state: fetch, XMLHttpRequest, importScripts, indexedDB, caches… are gone", async () => {
    const { status, value } = await run(
      "tensor-crear",
      `const out = {};
const probe = async (name, f) => {
  try {
    const r = await f();
    out[name] = "abierto: " + String(r).slice(0, 40);
  } catch {
    out[name] = "bloqueado";
  }
};
const own = (name) => {
  for (let o = self; o; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return d;
  }
  return undefined;
};
const url = location.origin + "/";
await probe("fetch del prototipo", () => own("fetch").value.call(self, url));
await probe("fetch", () => fetch(url));
await probe("XMLHttpRequest", () => { const x = new XMLHttpRequest(); x.open("GET", url, false); x.send(); return x.status; });
await probe("WebSocket", () => new WebSocket("ws://" + location.host + "/"));
await probe("EventSource", () => new EventSource(url));
await probe("importScripts", () => importScripts("data:text/javascript,1"));
await probe("indexedDB del prototipo", () => own("indexedDB").get.call(self).open("fmb"));
await probe("caches del prototipo", () => own("caches").get.call(self).keys());
await probe("navigator.storage", () => navigator.storage.getDirectory());
await probe("BroadcastChannel", () => new BroadcastChannel("fmb"));
await probe("Worker", () => new Worker("data:text/javascript,1"));
await probe("import() por Function", () => new Function("return import('data:text/javascript,export default 7')")());
await probe("eval", () => eval("1 + 1"));
await probe("WebAssembly", () => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])));
await probe("setTimeout con texto", () => setTimeout("1 + 1", 0));
return JSON.stringify(out);`,
    );
    expect(status).toBe("idle");
    const probes = JSON.parse(JSON.parse(value)) as Record<string, string>;
    expect(Object.keys(probes)).toHaveLength(15);
    expect(Object.entries(probes).filter(([, result]) => result !== "bloqueado")).toEqual([]);
  });

  test("nothing a run leaves on the worker's global reaches the next run", async () => {
    await run("tensor-crear", "self.__guardado = 42;\nreturn 1;");
    const next = await run("tensor-crear", "return String(self.__guardado);");
    expect(next.value).toBe('"undefined"');
  });

  test("the sandbox frame's policy is a second wall: a worker it starts cannot fetch or evaluate", async () => {
    const results = await page.evaluate(async () => {
      const frame = document.querySelector<HTMLIFrameElement>("iframe[data-exercise-sandbox]");
      const win = frame?.contentWindow as (Window & typeof globalThis) | null;
      if (!win) return null;
      const source = `const out = {};
try { await fetch(${JSON.stringify(`${location.origin}/`)}); out.fetch = "abierto"; } catch { out.fetch = "bloqueado"; }
try { (0, eval)("1"); out.eval = "abierto"; } catch { out.eval = "bloqueado"; }
try { new Function("return 1")(); out.Function = "abierto"; } catch { out.Function = "bloqueado"; }
try { await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); out.wasm = "abierto"; } catch { out.wasm = "bloqueado"; }
try { await import("data:text/javascript,export default 1"); out.dataImport = "abierto"; } catch { out.dataImport = "bloqueado"; }
postMessage(out);`;
      const url = win.URL.createObjectURL(new win.Blob([source], { type: "text/javascript" }));
      const worker = new win.Worker(url, { type: "module" });
      return new Promise<Record<string, string>>((resolve) => {
        worker.onmessage = (event) => {
          resolve(event.data);
          worker.terminate();
        };
      });
    });
    expect(results).toEqual({
      fetch: "bloqueado",
      eval: "bloqueado",
      Function: "bloqueado",
      wasm: "bloqueado",
      dataImport: "bloqueado",
    });
  });
});

describe("saved work survives bad storage (issues 24 §5 and 25)", () => {
  const key = (id: string) => `fmb2:ejercicio:${id}:v${exerciseById(id).version}`;
  const stored = (k: string) => page.evaluate((k) => localStorage.getItem(k), k);
  const progress = (id: string) =>
    page.locator(`[data-exercise-progress="${id}"]`).getAttribute("data-progress");

  test("217 KB of code is saved and comes back after a reload", async () => {
    const id = "tensor-inicializar";
    const code = `// ${"a".repeat(217_000)}\nreturn 1;`;
    await setCode(page, id, code);
    await expect
      .poll(async () => JSON.parse((await stored(key(id))) ?? "{}").code?.length)
      .toBe(code.length);
    await reload();
    await expect.poll(() => progress(id)).toBe("en-progreso");
    expect((await editorText(page, id)).slice(0, 10)).toBe("// aaaaaaa");
    expect(JSON.parse((await stored(key(id))) ?? "{}").code).toBe(code);
  });

  test("a corrupt entry and a hand-edited one are said in Spanish; the code is kept; others are untouched", async () => {
    const corrupt = '{"version":"2","code":"// mi trabajo\\nreturn 1;';
    await page.evaluate(
      ([a, b, c]) => {
        localStorage.setItem(a, c);
        localStorage.setItem(
          b,
          JSON.stringify({
            version: "2",
            code: "// editado a mano\nreturn 1;",
            solved: "sí",
            lastCheck: "genial",
          }),
        );
      },
      [key("tensor-atributos"), key("tensor-indexar"), corrupt],
    );
    const before = await stored(key("tensor-inicializar"));
    await reload();
    const unreadable = exercise(page, "tensor-atributos").locator(".exercise__notice--unreadable");
    await unreadable.waitFor();
    expect(await unreadable.innerText()).toMatch(/no se pudo leer \(no es JSON válido\)/);
    expect(await stored("fmb2:respaldo:tensor-atributos:v2")).toBe(corrupt);
    await unreadable.getByText("Ver el texto guardado").click();
    expect(await unreadable.locator("pre").innerText()).toContain("mi trabajo");
    const edited = exercise(page, "tensor-indexar").locator(".exercise__notice--unreadable");
    expect(await edited.innerText()).toMatch(/Se recuperó tu código/);
    expect(await editorText(page, "tensor-indexar")).toBe("// editado a mano\nreturn 1;");
    expect(await stored(key("tensor-inicializar"))).toBe(before);
    await exercise(page, "tensor-atributos").screenshot({
      path: "test-results/screenshots/ejercicio-guardado-ilegible.png",
    });
  });

  test("with storage full, an edit says it was not saved, keeps the text and loses nothing else", async () => {
    const id = "tensor-rebanadas";
    const before = await stored(key("tensor-inicializar"));
    const filled = await page.evaluate(() => {
      let n = 0;
      const chunk = "x".repeat(2 ** 20);
      try {
        for (; n < 200; n++) localStorage.setItem(`relleno-${n}`, chunk);
      } catch {
        // Full.
      }
      for (let size = 2 ** 19; size >= 1; size = Math.floor(size / 2)) {
        try {
          localStorage.setItem(`relleno-fino-${size}`, "x".repeat(size));
        } catch {
          // This size no longer fits.
        }
      }
      return n;
    });
    expect(filled).toBeGreaterThan(0);
    try {
      await setCode(page, id, "// escrito con el almacenamiento lleno\nreturn 1;");
      const note = exercise(page, id).locator(".exercise__storage");
      await expect.poll(() => note.isVisible(), { timeout: 5_000 }).toBe(true);
      expect(await note.innerText()).toMatch(/No se pudo guardar tu código en este navegador/);
      expect(await editorText(page, id)).toBe("// escrito con el almacenamiento lleno\nreturn 1;");
    } finally {
      await page.evaluate(() => {
        for (const k of Object.keys(localStorage))
          if (k.startsWith("relleno")) localStorage.removeItem(k);
      });
    }
    expect(await stored(key("tensor-inicializar"))).toBe(before);
  });

  async function importFile(name: string, text: string | { path: string }): Promise<string> {
    const message = page.locator(".my-exercises__message");
    await page.evaluate(() => {
      const m = document.querySelector(".my-exercises__message");
      if (m) m.textContent = "";
    });
    await page
      .locator("[data-my-exercises] input[type=file]")
      .setInputFiles(
        typeof text === "string"
          ? { name, mimeType: "application/json", buffer: Buffer.from(text) }
          : text.path,
      );
    await expect.poll(() => message.innerText(), { timeout: 30_000 }).not.toBe("");
    return message.innerText();
  }

  const exportFile = (entries: unknown[]) =>
    JSON.stringify({
      formato: "mis-ejercicios",
      version: 1,
      exportado: "2026-01-01T00:00:00Z",
      ejercicios: entries,
    });

  test("an import with __proto__ keys and HTML in its fields imports as plain text", async () => {
    const text = exportFile([
      {
        id: "otra-pagina",
        version: "1",
        code: "<script>window.__pwned = 1</script>",
        title: '<img src=x onerror="window.__pwned = 1">',
        updatedAt: "2026-01-01T00:00:00Z",
      },
    ]).replace('"updatedAt"', '"__proto__": { "solved": true, "polluted": true }, "updatedAt"');
    expect(await importFile("hostil.json", text)).toMatch(/Se importaron 1 ejercicio/);
    const item = page.locator('[data-exercise-progress="otra-pagina"]');
    expect(await item.innerText()).toContain('<img src=x onerror="window.__pwned = 1">');
    expect(await page.locator("[data-my-exercises] img").count()).toBe(0);
    expect(await item.getAttribute("data-progress")).toBe("en-progreso");
    expect(
      await page.evaluate(() => [
        ({} as Record<string, unknown>).polluted,
        (window as { __pwned?: number }).__pwned,
      ]),
    ).toEqual([undefined, undefined]);
  });

  test("an import with a 4.9 MB title keeps a short title and says so", async () => {
    const text = exportFile([
      { id: "titulo-enorme", version: "1", code: "return 1;", title: "T".repeat(4.9e6) },
    ]);
    expect(await importFile("titulo.json", text)).toMatch(
      /tenía 4\u202f900\u202f000 caracteres; se guardaron los primeros 200/,
    );
    const saved = JSON.parse((await stored("fmb2:ejercicio:titulo-enorme:v1")) ?? "{}");
    expect(saved.title.length).toBeLessThanOrEqual(201);
  });

  test("an import of 20,000 entries writes at most 500 and says so", async () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => ({
      id: `otro-${i}`,
      version: "1",
      code: "return 1;",
    }));
    try {
      expect(await importFile("muchos.json", exportFile(entries))).toMatch(
        /El archivo trae 20\u202f000 entradas; se leyeron solo las primeras 500/,
      );
      const written = await page.evaluate(
        () => Object.keys(localStorage).filter((k) => k.startsWith("fmb2:ejercicio:otro-")).length,
      );
      expect(written).toBe(500);
    } finally {
      await page.evaluate(() => {
        for (const k of Object.keys(localStorage))
          if (k.startsWith("fmb2:ejercicio:otro-")) localStorage.removeItem(k);
      });
    }
  });

  test("a 50 MB file is refused before it is read", async () => {
    // Playwright passes files over 50 MB by path.
    mkdirSync("test-results", { recursive: true });
    const path = "test-results/enorme.json";
    writeFileSync(path, Buffer.alloc(50 * 2 ** 20, 32));
    try {
      expect(await importFile("enorme.json", { path })).toMatch(/es demasiado grande \(50 MB\)/);
    } finally {
      rmSync(path);
    }
  });
});

test("made no console errors and no requests to other origins", async () => {
  expect(record.errors).toEqual([]);
  expect(record.foreignRequests).toEqual([]);
  expect(record.failedRequests).toEqual([]);
});
