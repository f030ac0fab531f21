import { describe, expect, test } from "vitest";
import { MAX_RANK, parseShape, tryParseShape } from "../../../lib/input/parseShape.js";
import { TensorInputError } from "../../../lib/input/tensorInputError.js";
import { expectRangeError } from "../expectRangeError.js";

test("parseShape('2, 3') = [2, 3]", () => {
  expect(parseShape("2, 3")).toEqual([2, 3]);
});

test("parseShape('(2, 3, 4)') and parseShape('[2,3,4]') = [2, 3, 4]", () => {
  expect(parseShape("(2, 3, 4)")).toEqual([2, 3, 4]);
  expect(parseShape("[2,3,4]")).toEqual([2, 3, 4]);
});

test("parseShape('(5,)') = [5], Python's 1-tuple", () => {
  expect(parseShape("(5,)")).toEqual([5]);
});

test("parseShape('') and parseShape('()') = [], the scalar shape", () => {
  expect(parseShape("")).toEqual([]);
  expect(parseShape("()")).toEqual([]);
});

test("parseShape('2 0') = [2, 0]: a zero-size axis is allowed", () => {
  expect(parseShape("2 0")).toEqual([2, 0]);
});

test("parseShape('2, -1') throws: a negative size", () => {
  expectRangeError(() => parseShape("2, -1"), "«-1» es negativo");
});

test("parseShape('2, 1.5') throws: not an integer", () => {
  expectRangeError(() => parseShape("2, 1.5"), "«1.5» no es un tamaño de eje");
});

test("parseShape('((2, 3))') throws: one flat list of sizes (nested parentheses)", () => {
  expectRangeError(() => parseShape("((2, 3))"), "paréntesis de más");
});

test("parseShape('1000, 1000', {maxSize: 4096}) throws and says how many elements", () => {
  expectRangeError(
    () => parseShape("1000, 1000", { maxSize: 4096 }),
    "(1000,1000) tiene 1000000 elementos; aquí se admiten hasta 4096",
  );
});

test("parseShape errors are TensorInputErrors of kind ValueError", () => {
  try {
    parseShape("x");
  } catch (error) {
    expect((error as TensorInputError).kind).toBe("ValueError");
  }
});

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

test("parseShape refuses a size beyond 2⁵³ (a 100-digit run of digits) with a short message", () => {
  const digits = "9".repeat(100);
  expectRangeError(() => parseShape(`${digits}, 2`), "demasiado grande");
  expect(tryParseShape(digits).error!.length).toBeLessThan(300);
});

test("parseShape('1,1,1', {maxRank: 2}) refuses the third axis", () => {
  expectRangeError(
    () => parseShape("1,1,1", { maxRank: 2 }),
    "tiene 3 ejes; aquí caben a lo más 2",
  );
});
