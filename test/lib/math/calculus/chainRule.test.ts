import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import { beforeAll, describe, expect, test } from "vitest";
import {
  chainRuleExercises,
  type ChainRuleExercise,
} from "../../../../lib/math/calculus/chainRule.js";
import { centralDifference } from "../../../../lib/math/calculus/finiteDifference.js";
import { derivativeAt } from "../../../../lib/tf/autodiff.js";
import { chainRuleTf } from "../../../../lib/tf/chainRuleTf.js";

beforeAll(async () => {
  await tf.setBackend("cpu");
});

const MAX_FLOAT32 = 3.4028234663852886e38;

/** Autodiff runs in float32, the analytic derivative and the finite difference in float64. */
const AUTODIFF_TOLERANCE = 1e-3;
const FINITE_DIFFERENCE_TOLERANCE = 1e-5;
const CHAIN_PRODUCT_TOLERANCE = 1e-12;

/**
 * Where to test each exercise, and on what scale to measure errors. The scale is |dy/dx|
 * (at least 1, so a zero derivative is compared absolutely), except for Ejercicio 4, where
 * cos((3x² + 1)⁴) swings between ±1 and float32's rounding of v = (3x² + 1)⁴ moves the
 * derivative by up to its amplitude |24x(3x² + 1)³| times that rounding. Its grid stops at
 * |x| = 1.5 (v ≤ 3608) for the same reason, and its finite difference takes a smaller step
 * because f''' grows like (dv/dx)³.
 */
const grids: Record<
  string,
  { from: number; to: number; h?: number; scale?: (x: number) => number }
> = {
  "ejemplo-1": { from: -3, to: 3 },
  "ejercicio-1": { from: -3, to: 3 },
  "ejercicio-2": { from: -3, to: 3 },
  "ejercicio-3": { from: -3, to: 3 },
  "ejercicio-4": {
    from: -1.5,
    to: 1.5,
    h: 1e-7,
    scale: (x) => Math.max(1, Math.abs(24 * x * (3 * x * x + 1) ** 3)),
  },
};

/** 21 evenly spaced points; most are not float32 numbers, so rounding is exercised. */
function gridPoints(from: number, to: number): number[] {
  return Array.from({ length: 21 }, (_, k) => from + ((to - from) * k) / 20);
}

/** The exercises with a lecture point, and each grid point where dy/dx exists. */
const cases = chainRuleExercises
  .filter((ex) => ex.x0 !== null)
  .flatMap((ex) => {
    const grid = grids[ex.id];
    const points = [ex.x0 as number, ...gridPoints(grid.from, grid.to)];
    return points
      .filter((x) => ex.domain(x).ok && Math.abs(ex.f(x)) < MAX_FLOAT32)
      .map((x) => ({ ex, x, grid, at: Number(x.toPrecision(6)) }));
  });

function byId(id: string): ChainRuleExercise {
  return chainRuleExercises.find((ex) => ex.id === id)!;
}

describe("chainRuleExercises: the data", () => {
  test("chainRuleExercises lists Ejemplo 1 and Ejercicios 1–5 in the lecture's order", () => {
    expect(chainRuleExercises.map((ex) => ex.title)).toEqual([
      "Ejemplo 1",
      "Ejercicio 1",
      "Ejercicio 2",
      "Ejercicio 3",
      "Ejercicio 4",
      "Ejercicio 5",
    ]);
  });
  test("each exercise's links chain x → … → y, and each LaTeX link defines its name", () => {
    for (const ex of chainRuleExercises) {
      expect(ex.links[0].input).toBe("x");
      expect(ex.links[ex.links.length - 1].name).toBe("y");
      ex.links.forEach((link, i) => {
        if (i > 0) expect(link.input).toBe(ex.links[i - 1].name);
        expect(link.latex.startsWith(`${link.name} = `)).toBe(true);
        expect(link.derivativeLatex.startsWith(`\\frac{d${link.name}}{d${link.input}}`)).toBe(true);
      });
      expect(ex.latex.startsWith("y = ")).toBe(true);
      expect(ex.derivativeLatex.startsWith("\\frac{dy}{dx} = ")).toBe(true);
    }
  });
  test("each exercise's computedResult is its derivative at x0", () => {
    for (const ex of chainRuleExercises) {
      expect(ex.computedResult).toBe(ex.x0 === null ? null : ex.derivative(ex.x0));
    }
  });
  test("chainRuleTf has a tfjs function for every exercise", () => {
    expect(Object.keys(chainRuleTf).sort()).toEqual(chainRuleExercises.map((ex) => ex.id).sort());
  });
});

describe("chainRuleExercises: the lecture's results", () => {
  test("Ejemplo 1: y = (x² + 1)³ at x = 5 gives y = 17576 and dy/dx = 20280, as in the lecture", () => {
    const ex = byId("ejemplo-1");
    expect(ex.x0).toBe(5);
    expect(ex.f(5)).toBe(17576);
    expect(ex.lectureValue).toBe(17576);
    expect(ex.derivative(5)).toBe(20280);
    expect(ex.lectureResult).toBe(20280);
    expect(ex.discrepancy).toBeNull();
    // The lecture's tf.GradientTape output, 17576.0 and 20280.0, is exact in float32 too.
    expect(derivativeAt(chainRuleTf["ejemplo-1"], 5)).toEqual({ value: 17576, derivative: 20280 });
  });
  test("Ejercicio 1: y = (3x² − 7x + 1)⁵ at x = 2 gives dy/dx = 25, as in the lecture", () => {
    const ex = byId("ejercicio-1");
    expect(ex.derivative(2)).toBe(25);
    expect(ex.lectureResult).toBe(25);
    expect(ex.discrepancy).toBeNull();
  });
  test("Ejercicio 2: y = (x² − 3x + 8)³ at x = 1 gives dy/dx = -108, as in the lecture", () => {
    const ex = byId("ejercicio-2");
    expect(ex.derivative(1)).toBe(-108);
    expect(ex.lectureResult).toBe(-108);
    expect(ex.discrepancy).toBeNull();
  });
  test("Ejercicio 3: dy/dx(3) = −40/17⁶ = −1.657e-6, not the lecture's −1.657", () => {
    const ex = byId("ejercicio-3");
    expect(17 ** 6).toBe(24137569);
    expect(ex.derivative(3)).toBeCloseTo(-40 / 24137569, 20);
    expect(ex.computedResult! / -1.657e-6).toBeCloseTo(1, 3); // −1.6572e-6
    expect(ex.lectureResult).toBe(-1.657);
    // The lecture's −4 · 1/24,137,569 is −1.657e-7: both the −40 and the 10⁻⁶ went missing.
    expect(-4 / 24137569).toBeCloseTo(-1.657e-7, 10);
    expect(ex.discrepancy).toContain("−40, no −4");
    expect(ex.discrepancy).toContain("−1.657 × 10⁻⁶");
  });
  test("Ejercicio 4: dy/dx(1) = 1536·cos(256) = −61.1186…; the lecture's cos(256) = −0.0397 is truncated", () => {
    const ex = byId("ejercicio-4");
    expect(ex.derivative(1)).toBe(24 * 64 * Math.cos(256));
    expect(ex.computedResult).toBeCloseTo(-61.1186, 4); // the lecture's final result holds
    expect(Math.cos(256)).toBeCloseTo(-0.039791, 6); // radians; rounds to −0.0398
    expect(1536 * -0.0397).toBeCloseTo(-60.9792, 10); // the lecture's written product does not
    expect(ex.lectureResult).toBe(-61.1186);
    expect(ex.discrepancy).toContain("redondeado a 4 decimales es −0.0398");
    expect(ex.discrepancy).toContain("1536 · (−0.0397) = −60.9792");
  });
  test("Ejercicio 5: the lecture gives no point, and domain(x) says there is none", () => {
    const ex = byId("ejercicio-5");
    expect([ex.x0, ex.lectureValue, ex.lectureResult, ex.computedResult]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(ex.discrepancy).toContain("π/6 + 2πk/3");
    for (const x of gridPoints(-3, 3)) {
      const check = ex.domain(x);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.reason).toContain(`x = ${x}`);
    }
  });
  test("Ejercicio 5: at the isolated points x = π/6 + 2πk/3, y = 0 but dy/dx does not exist", () => {
    const ex = byId("ejercicio-5");
    for (const k of [-1, 0, 1]) {
      const x = Math.PI / 6 + (2 * Math.PI * k) / 3;
      expect(Math.abs(ex.f(x))).toBeLessThan(1e-7);
      const check = ex.domain(x);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.reason).toContain("punto aislado");
    }
    expect(ex.f(Math.PI / 6)).toBe(0);
    expect(Number.isFinite(ex.derivative(Math.PI / 6))).toBe(false);
    expect(Number.isFinite(derivativeAt(chainRuleTf["ejercicio-5"], Math.PI / 6).derivative)).toBe(
      false,
    );
  });
  test("Ejercicio 5: just off an isolated point, y is not real (NaN)", () => {
    const ex = byId("ejercicio-5");
    expect(ex.f(Math.PI / 6 + 1e-3)).toBeNaN();
    const check = ex.domain(Math.PI / 6 + 1e-3);
    expect(!check.ok && check.reason).toContain("no es real");
  });
  test("Ejercicio 5: domain(x) explains where ln(sen(3x)) is undefined", () => {
    const check = byId("ejercicio-5").domain(-Math.PI / 6); // sen(3x) = −1
    expect(!check.ok && check.reason).toContain("ln(sen(3x)) no está definido");
  });
  test("Ejercicio 3: domain(7/8) is not ok: 8x − 7 = 0", () => {
    const check = byId("ejercicio-3").domain(7 / 8);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toContain("8x − 7 = 0");
    expect(byId("ejercicio-3").domain(1)).toEqual({ ok: true });
  });
});

describe("chainRuleExercises: three ways to differentiate agree", () => {
  test("every exercise with a point has grid points to test", () => {
    for (const id of Object.keys(grids)) {
      expect(cases.filter((c) => c.ex.id === id).length).toBeGreaterThanOrEqual(20);
    }
  });

  test.each(cases)(
    "$ex.title: the links' local derivatives multiply to dy/dx at x = $at",
    ({ ex, x, grid }) => {
      let input = x;
      let product = 1;
      for (const link of ex.links) {
        product *= link.derivative(input);
        input = link.value(input);
      }
      expect(input).toBeCloseTo(ex.f(x), 6);
      const scale = grid.scale?.(x) ?? Math.max(1, Math.abs(ex.derivative(x)));
      expect(Math.abs(product - ex.derivative(x)) / scale).toBeLessThan(CHAIN_PRODUCT_TOLERANCE);
    },
  );

  test.each(cases)(
    "$ex.title: tfjs autodiff (float32) matches dy/dx at x = $at",
    ({ ex, x, grid }) => {
      // tfjs differentiates at x rounded to float32, so compare with dy/dx there.
      const x32 = Math.fround(x);
      const { value, derivative } = derivativeAt(chainRuleTf[ex.id], x);
      const scale = grid.scale?.(x) ?? Math.max(1, Math.abs(ex.derivative(x)));
      expect(Math.abs(derivative - ex.derivative(x32)) / scale).toBeLessThan(AUTODIFF_TOLERANCE);
      const valueScale = Math.max(1, Math.abs(ex.f(x32)));
      expect(Math.abs(value - ex.f(x32)) / valueScale).toBeLessThan(AUTODIFF_TOLERANCE);
    },
  );

  test.each(cases)(
    "$ex.title: a central finite difference (float64) matches dy/dx at x = $at",
    ({ ex, x, grid }) => {
      const estimate = centralDifference(ex.f, x, grid.h);
      const scale = grid.scale?.(x) ?? Math.max(1, Math.abs(ex.derivative(x)));
      expect(Math.abs(estimate - ex.derivative(x)) / scale).toBeLessThan(
        FINITE_DIFFERENCE_TOLERANCE,
      );
    },
  );
});
