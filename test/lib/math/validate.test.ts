import { describe, expect, test } from "vitest";
import {
  SUM_TOLERANCE,
  assertDimension,
  assertDistribution,
  assertFinite,
  assertKlArguments,
  assertLogBase,
  assertMatrix,
  assertProbability,
  assertSameLength,
  formatValue,
} from "../../../lib/math/validate.js";
import { expectRangeError } from "../expectRangeError.js";

describe("formatValue", () => {
  test("formatValue(0.1 + 0.8) = '0.9' hides rounding noise", () => {
    expect(formatValue(0.1 + 0.8)).toBe("0.9");
  });
  test("formatValue(x) writes NaN and Infinity as such", () => {
    expect(formatValue(NaN)).toBe("NaN");
    expect(formatValue(-Infinity)).toBe("-Infinity");
  });
});

describe("assertDistribution", () => {
  test("assertDistribution accepts [0.5, 0.5], [1, 0] and a sum within 1e-6 of 1", () => {
    expect(SUM_TOLERANCE).toBe(1e-6);
    expect(() => assertDistribution("f", "p", [0.5, 0.5])).not.toThrow();
    expect(() => assertDistribution("f", "p", [1, 0])).not.toThrow();
    expect(() => assertDistribution("f", "p", [0.5, 0.5 + 9e-7])).not.toThrow();
  });
  test("assertDistribution rejects a sum 2e-6 away from 1", () => {
    expectRangeError(() => assertDistribution("f", "p", [0.5, 0.5 + 2e-6]), "f:", "1.000002");
  });
  test("assertDistribution rejects an empty p", () => {
    expectRangeError(() => assertDistribution("f", "p", []), "f: la distribución p está vacía");
  });
  test("assertDistribution names the negative entry and its index", () => {
    expectRangeError(() => assertDistribution("f", "q", [1.2, -0.2]), "f: q[1] = -0.2 es negativo");
  });
  test("assertDistribution names a non-finite entry", () => {
    expectRangeError(() => assertDistribution("f", "p", [NaN, 1]), "p[0] = NaN");
    expectRangeError(() => assertDistribution("f", "p", [Infinity]), "p[0] = Infinity");
  });
});

describe("scalar validators", () => {
  test("assertFinite rejects NaN and ±Infinity", () => {
    expectRangeError(() => assertFinite("f", "x", NaN), "f: x = NaN no es un número finito");
    expectRangeError(() => assertFinite("f", "x", -Infinity), "x = -Infinity");
  });
  test("assertProbability accepts 0 and 1 and rejects 1.2 and -0.1", () => {
    expect(() => assertProbability("f", "pA", 0)).not.toThrow();
    expect(() => assertProbability("f", "pA", 1)).not.toThrow();
    expectRangeError(() => assertProbability("f", "pA", 1.2), "f: pA = 1.2 está fuera de [0, 1]");
    expectRangeError(() => assertProbability("f", "pA", -0.1), "pA = -0.1");
  });
  test("assertLogBase accepts 2, e and 0.5 and rejects 1, 0, -2, NaN and Infinity", () => {
    for (const base of [2, Math.E, 0.5]) expect(() => assertLogBase("f", base)).not.toThrow();
    for (const base of [1, 0, -2, NaN, Infinity]) {
      expectRangeError(() => assertLogBase("f", base), `f: la base ${base}`);
    }
  });
  test("assertDimension accepts 0 and 3 and rejects -1, 2.5 and NaN", () => {
    expect(() => assertDimension("f", "d", 0)).not.toThrow();
    expect(() => assertDimension("f", "d", 3)).not.toThrow();
    for (const d of [-1, 2.5, NaN]) {
      expectRangeError(() => assertDimension("f", "d", d), `f: d = ${d}`, "entero ≥ 0");
    }
  });
  test("assertSameLength names both lengths", () => {
    expectRangeError(
      () => assertSameLength("f", "p", [0.5, 0.5], "q", [1]),
      "f: p y q tienen longitudes distintas (2 y 1)",
    );
  });
  test("assertKlArguments checks p, q, their lengths and the base", () => {
    expect(() => assertKlArguments("f", [1], [1], 2)).not.toThrow();
    expectRangeError(() => assertKlArguments("f", [1], [0.5], 2), "q suma 0.5");
    expectRangeError(() => assertKlArguments("f", [1], [0.5, 0.5], 2), "(1 y 2)");
    expectRangeError(() => assertKlArguments("f", [1], [1], 1), "la base 1");
  });
});

describe("assertMatrix", () => {
  test("assertMatrix returns the number of columns of a rectangular, finite matrix", () => {
    expect(
      assertMatrix("f", [
        [1, 2],
        [3, 4],
      ]),
    ).toBe(2);
    expect(assertMatrix("f", [])).toBe(0);
  });
  test("assertMatrix refuses ragged rows and non-finite values, naming the function", () => {
    expectRangeError(
      () => assertMatrix("f", [[1, 2], [3]]),
      "f: la fila 1 tiene 1 valores y la fila 0 tiene 2",
    );
    expectRangeError(
      () => assertMatrix("f", [[1, Infinity]]),
      "f: matrix[0][1] = Infinity no es un número finito",
    );
  });
});
