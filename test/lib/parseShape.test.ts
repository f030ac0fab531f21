import { expect, test } from "vitest";
import { parseShape } from "../../lib/parseShape.js";
import { TensorInputError } from "../../lib/tensorInputError.js";
import { expectRangeError } from "./expectRangeError.js";

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
  expectRangeError(() => parseShape("2, -1"), "el tamaño -1 es negativo");
});

test("parseShape('2, 1.5') throws: not an integer", () => {
  expectRangeError(() => parseShape("2, 1.5"), "«1.5» no sirve como tamaño");
});

test("parseShape('((2, 3))') throws: one flat list of sizes", () => {
  expectRangeError(() => parseShape("((2, 3))"), "una sola lista de tamaños");
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
