import { describe, expect, test } from "vitest";
import { budgetChecks } from "../scripts/bench/budgets.js";
import { sweep, valueFor, type Interaction } from "../scripts/bench/interactions.js";
import type { Report } from "../scripts/bench/types.js";
import { summarize } from "../scripts/bench/summary.js";

const s = (...xs: number[]) => summarize(xs);
const bytes = (js: number) => ({ js, css: 0, wasm: 0, other: 0 });

const report: Report = {
  date: "2026-11-27",
  quick: false,
  machine: { cpus: 2, memoryGiB: 24, chromium: "156" },
  buildSeconds: 30,
  pageLoad: [
    {
      path: "/",
      settledMs: s(400, 500, 450),
      revealedMs: s(0),
      bytes: bytes(50_000),
      loadsTfjs: false,
    },
    {
      path: "/derivadas",
      settledMs: s(2500),
      revealedMs: s(900),
      bytes: bytes(3e6),
      loadsTfjs: true,
    },
    {
      path: "/informacion",
      settledMs: s(1800),
      revealedMs: s(300),
      bytes: bytes(1e6),
      loadsTfjs: false,
    },
    {
      path: "/probabilidad",
      settledMs: s(1800),
      revealedMs: s(300),
      bytes: bytes(2e6),
      loadsTfjs: true,
    },
  ],
  interactions: [
    {
      page: "/informacion",
      name: "p",
      kind: "js",
      latencyMs: s(5, 10, 15),
      nextFrameMs: s(5, 20, 25),
    },
    {
      page: "/derivadas",
      name: "w",
      kind: "tfjs",
      latencyMs: s(20, 40, 60),
      nextFrameMs: s(30, 50, 70),
    },
  ],
  race: [
    {
      backend: "js",
      n: 1e7,
      formulation: "bucle JS",
      site: true,
      ms: s(8),
      ratio: null,
      relativeError: 1e-15,
      error: null,
    },
    {
      backend: "wasm",
      n: 1e7,
      formulation: "sum",
      site: true,
      ms: s(11),
      ratio: 1.12,
      relativeError: 2e-8,
      error: null,
    },
    {
      backend: "webgl",
      n: 1e5,
      formulation: "dot",
      site: true,
      ms: null,
      ratio: null,
      relativeError: null,
      error: "motor no disponible",
    },
  ],
};

describe("bench budgets", () => {
  const checks = budgetChecks(report, ["/derivadas"]);
  const find = (text: string) => checks.find((c) => c.budget.includes(text))!;
  test("a pure-JS slider with p95 14.5 ms meets 16 ms; a tfjs one with p95 58 ms misses 50 ms", () => {
    expect(find("«p»").met).toBe(true);
    expect(find("«w»")).toMatchObject({ met: false, measured: "58.0 ms" });
  });
  test("the landing page is judged by its median settled time (450 ms ≤ 1000) and its JS (49 KB ≤ 300)", () => {
    expect(find("/ asentada")).toMatchObject({ met: true, measured: "450 ms" });
    expect(find("300 KB")).toMatchObject({ met: true, measured: "49 KB" });
  });
  test("a tfjs page settled at 2500 ms misses 2000 ms; a page that does not compute with tfjs must not load it", () => {
    expect(find("/derivadas (calcula")).toMatchObject({ met: false, measured: "2500 ms" });
    expect(find("/informacion (no calcula").met).toBe(true);
    expect(find("/probabilidad (no calcula")).toMatchObject({ met: false, measured: "carga tfjs" });
  });
  test("the race: ratio 1.12 misses 1.10, error 2e-8 at 1e7 is met, a backend that failed is a miss", () => {
    expect(find("wasm, n = 1e+7: la del sitio").met).toBe(false);
    expect(find("wasm, n = 1e+7: error").met).toBe(true);
    expect(find("webgl, n = 1e+5: corre")).toMatchObject({
      met: false,
      measured: "motor no disponible",
    });
  });
  test("the build: 30 s meets 60 s", () => {
    expect(find("npm run build").met).toBe(true);
  });
});

describe("bench interactions", () => {
  const slider: Interaction = { page: "/", label: "a", kind: "js", position: sweep(0, 1, 2) };
  const box: Interaction = { page: "/", label: "b", kind: "js", values: ["(3,)", "(1,3)"] };
  test("a slider's value sweeps its range: 0, 0.5, 1, 0.5, 0 of [10, 20] → 10, 15, 20, 15, 10", () => {
    expect([0, 1, 2, 3, 4].map((m) => valueFor(slider, m, { min: 10, max: 20 }))).toEqual([
      "10",
      "15",
      "20",
      "15",
      "10",
    ]);
  });
  test("a box's values are typed in turn", () => {
    expect([0, 1, 2].map((m) => valueFor(box, m))).toEqual(["(3,)", "(1,3)", "(3,)"]);
  });
  test("a slider without its range is a Spanish error", () => {
    expect(() => valueFor(slider, 0)).toThrow(/deslizador/);
  });
});
