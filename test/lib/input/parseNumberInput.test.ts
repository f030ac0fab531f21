import { expect, test } from "vitest";
import { parseNumberInput } from "../../../lib/input/parseNumberInput.js";

const value = (text: string) => {
  const parsed = parseNumberInput(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

test("parseNumberInput reads integers, decimals and scientific notation", () => {
  expect(value("5")).toBe(5);
  expect(value(" -0.5 ")).toBe(-0.5);
  expect(value(".25")).toBe(0.25);
  expect(value("1e-3")).toBe(0.001);
  expect(value("+3")).toBe(3);
});

test("parseNumberInput accepts a decimal comma and a typographic minus: '−1,5' = −1.5", () => {
  expect(value("1,5")).toBe(1.5);
  expect(value("−1,5")).toBe(-1.5);
});

test("parseNumberInput reads fractions and multiples of π: '7/8', 'π/6', 'pi/6', '2π/3', '-π'", () => {
  expect(value("7/8")).toBe(0.875);
  expect(value("π/6")).toBe(Math.PI / 6);
  expect(value("pi/6")).toBe(Math.PI / 6);
  expect(value("2π/3")).toBe((2 * Math.PI) / 3);
  expect(value("-π")).toBe(-Math.PI);
  expect(value("2*pi")).toBe(2 * Math.PI);
});

test("parseNumberInput('') and ('abc') fail with a Spanish message and examples", () => {
  const empty = parseNumberInput("");
  expect(empty.ok).toBe(false);
  if (!empty.ok) expect(empty.message).toMatch(/^Escribe un valor/);
  const text = parseNumberInput("abc");
  expect(text.ok).toBe(false);
  if (!text.ok)
    expect(text.message).toBe(
      "«abc» no es un número; escribe por ejemplo 2, −0.5, 1,5, 7/8 o π/6.",
    );
});

test("parseNumberInput refuses division by zero, overflow and code", () => {
  for (const bad of ["1/0", "1e999", "alert(1)", "2+3", "1..2", "/3", "π/"]) {
    expect(parseNumberInput(bad).ok, bad).toBe(false);
  }
  const zero = parseNumberInput("1/0");
  if (!zero.ok) expect(zero.message).toContain("divide entre 0");
});

test("parseNumberInput('-0') is 0, not −0", () => {
  expect(Object.is(value("-0"), 0)).toBe(true);
});
