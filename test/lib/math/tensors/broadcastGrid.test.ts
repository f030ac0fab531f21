import { expect, test } from "vitest";
import { stretchGrid } from "../../../../lib/math/tensors/broadcastGrid.js";
import { expectRangeError } from "../../expectRangeError.js";

const sources = (shape: number[], result: number[]) =>
  stretchGrid(shape, result).cells.map((row) => row.map((c) => c.source));
const copies = (shape: number[], result: number[]) =>
  stretchGrid(shape, result).cells.map((row) => row.map((c) => c.copy));

test("stretchGrid([3], [2, 3]): the row [10, 20, 30] is repeated, its second copy faded", () => {
  expect(sources([3], [2, 3])).toEqual([
    [0, 1, 2],
    [0, 1, 2],
  ]);
  expect(copies([3], [2, 3])).toEqual([
    [false, false, false],
    [true, true, true],
  ]);
});

test("stretchGrid([2, 1], [2, 3]): the column [10, 20] is repeated across", () => {
  expect(sources([2, 1], [2, 3])).toEqual([
    [0, 0, 0],
    [1, 1, 1],
  ]);
  expect(copies([2, 1], [2, 3])).toEqual([
    [false, true, true],
    [false, true, true],
  ]);
});

test("stretchGrid([], [4]): the scalar 100 fills four cells, three of them copies", () => {
  const grid = stretchGrid([], [4]);
  expect([grid.rows, grid.cols]).toEqual([1, 4]);
  expect(copies([], [4])).toEqual([[false, true, true, true]]);
});

test("stretchGrid([2, 3], [2, 3]) is the operand itself, no copies", () => {
  expect(sources([2, 3], [2, 3])).toEqual([
    [0, 1, 2],
    [3, 4, 5],
  ]);
  expect(copies([2, 3], [2, 3]).flat().some(Boolean)).toBe(false);
});

test("stretchGrid refuses shapes of rank 3 and shapes that do not stretch", () => {
  expectRangeError(() => stretchGrid([1, 2, 3], [1, 2, 3]), "hasta 2 ejes");
  expectRangeError(() => stretchGrid([2], [2, 3]), "no se estira a (2,3)");
  expectRangeError(() => stretchGrid([2, 3], [3]), "no se estira");
});
