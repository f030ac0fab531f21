import { expect, test } from "vitest";
import { assertSeed, parseNumber, parseSeed } from "../../../lib/random/seed.js";
import { expectRangeError } from "../expectRangeError.js";

test("assertSeed(0) and assertSeed(42) pass", () => {
  expect(() => assertSeed(0)).not.toThrow();
  expect(() => assertSeed(42)).not.toThrow();
});

test("assertSeed(1.5) and assertSeed(-1) throw: a seed is an integer ≥ 0", () => {
  expectRangeError(() => assertSeed(1.5), "la semilla debe ser un entero ≥ 0; «1.5» no lo es");
  expectRangeError(() => assertSeed(-1), "«-1» no lo es");
});

test("parseSeed(' 42 ') = 42", () => {
  expect(parseSeed(" 42 ")).toBe(42);
});

test("parseSeed('') asks for a seed; parseSeed('1.5') and parseSeed('abc') throw", () => {
  expectRangeError(() => parseSeed(""), "falta la semilla: escribe un entero ≥ 0");
  expectRangeError(() => parseSeed("1.5"), "«1.5» no lo es");
  expectRangeError(() => parseSeed("abc"), "«abc» no lo es");
});

test("parseNumber('2.5', 'el valor') = 2.5 and parseNumber('-1e3', 'x') = -1000", () => {
  expect(parseNumber("2.5", "el valor")).toBe(2.5);
  expect(parseNumber("-1e3", "x")).toBe(-1000);
});

test("parseNumber('abc', 'el valor') and parseNumber('', 'el valor') throw in Spanish", () => {
  expectRangeError(
    () => parseNumber("abc", "el valor"),
    "el valor debe ser un número; «abc» no lo es",
  );
  expectRangeError(() => parseNumber(" ", "el valor"), "falta el valor: escribe un número");
});
