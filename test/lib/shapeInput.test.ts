import { describe, expect, test } from "vitest";
import { MAX_RANK, parseShape, tryParseShape } from "../../lib/shapeInput.js";
import { expectRangeError } from "./expectRangeError.js";

describe("parseShape reads NumPy's notation and relaxed ones", () => {
  test.each([
    ["(2,3)", [2, 3]],
    ["2,3", [2, 3]],
    [" 2 3 ", [2, 3]],
    ["[2, 3]", [2, 3]],
    ["(2,)", [2]],
    ["2", [2]],
    ["(1, 3)", [1, 3]],
    ["()", []],
    ["", []],
    ["(0,4)", [0, 4]],
  ])("parseShape(%j) = %j", (text, shape) => {
    expect(parseShape(text)).toEqual(shape);
  });
});

describe("parseShape refuses malformed shapes with a Spanish message", () => {
  test("parseShape('2,x') names the piece «x»", () => {
    expectRangeError(
      () => parseShape("2,x"),
      "«2,x» no es una forma",
      "«x» no es un tamaño de eje",
    );
  });
  test("parseShape('(2,-1)') says a size cannot be negative", () => {
    expectRangeError(() => parseShape("(2,-1)"), "«-1» es negativo");
  });
  test("parseShape('2.5') is not an integer size", () => {
    expectRangeError(() => parseShape("2.5"), "«2.5» no es un tamaño de eje");
  });
  test("parseShape('2,,3') has an empty axis", () => {
    expectRangeError(() => parseShape("2,,3"), "una coma de más");
  });
  test("parseShape('((2,3)') has unbalanced parentheses", () => {
    expectRangeError(() => parseShape("((2,3)"), "paréntesis");
  });
  test(`parseShape refuses more than ${MAX_RANK} axes`, () => {
    expectRangeError(() => parseShape("1,1,1,1,1,1,1,1,1"), "tiene 9 ejes");
  });
});

test("tryParseShape returns the message instead of throwing", () => {
  expect(tryParseShape("(2,3)")).toEqual({ shape: [2, 3], error: null });
  const bad = tryParseShape("2,x");
  expect(bad.shape).toBeNull();
  expect(bad.error).toContain("«x» no es un tamaño de eje");
});
