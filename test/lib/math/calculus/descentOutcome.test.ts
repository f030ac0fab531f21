import { expect, test } from "vitest";
import { descentOutcome } from "../../../../lib/math/calculus/descentOutcome.js";
import { expectRangeError } from "../../expectRangeError.js";

test("descentOutcome([4, 1, 0.25, 0.0625], 0, 0.05) converges at step 3", () => {
  expect(descentOutcome([4, 1, 0.25, 0.0625], 0, 0.05)).toEqual({ kind: "converge", step: 3 });
});

test("descentOutcome([1, 4, 16, 64], 0) diverges from step 1", () => {
  expect(descentOutcome([1, 4, 16, 64], 0)).toEqual({ kind: "diverge", step: 1, overflow: false });
});

test("descentOutcome reads Infinity or NaN as an overflowing divergence", () => {
  expect(descentOutcome([1, 0.5, 30, Infinity, NaN], 0)).toEqual({
    kind: "diverge",
    step: 2,
    overflow: true,
  });
});

test("descentOutcome of a run still going down is 'avanza'", () => {
  expect(descentOutcome([4, 3, 2.5, 2.2], 0)).toEqual({ kind: "avanza" });
});

test("descentOutcome: a bump that comes back down is not a divergence", () => {
  expect(descentOutcome([4, 5, 3, 1, 0.5], 0.5)).toEqual({ kind: "converge", step: 4 });
});

test("descentOutcome: converged is where it stays, not the first visit", () => {
  expect(descentOutcome([4, 0, 2, 0, 0], 0, 0.01)).toEqual({ kind: "converge", step: 3 });
});

test("descentOutcome starting at the minimum converges at step 0 despite float32 rounding", () => {
  expect(descentOutcome([0.1206, 0.12060001], 0.1206)).toEqual({ kind: "converge", step: 0 });
});

test("descentOutcome([]) and a non-finite start throw RangeErrors", () => {
  expectRangeError(() => descentOutcome([], 0), "no hay pérdidas");
  expectRangeError(() => descentOutcome([NaN, 1], 0), "la pérdida inicial NaN no es finita");
});
