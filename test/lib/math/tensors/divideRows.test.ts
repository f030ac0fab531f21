import { expect, test } from "vitest";
import { divideRows } from "../../../../lib/math/tensors/divideRows.js";
import { expectRangeError } from "../../expectRangeError.js";

test("divideRows([[2, 4], [9, 3]], [2, 3]) = [[1, 2], [3, 1]]: each row by its own divisor", () => {
  expect(
    divideRows(
      [
        [2, 4],
        [9, 3],
      ],
      [2, 3],
    ),
  ).toEqual([
    [1, 2],
    [3, 1],
  ]);
});

test("divideRows(kcal, [4, 4, 9]): the apple column [56, 1.2, 1.8] kcal is [14, 0.3, 0.2] g", () => {
  const grams = divideRows([[56], [1.2], [1.8]], [4, 4, 9]);
  expect(grams.map(([g]) => g)).toEqual([14, 0.3, 0.2]);
});

test("divideRows([], []) = []", () => {
  expect(divideRows([], [])).toEqual([]);
});

test("divideRows refuses a divisor count that does not match the rows", () => {
  expectRangeError(() => divideRows([[1], [2]], [1]), "divideRows: hay 1 divisores para 2 filas");
});

test("divideRows refuses ragged rows, a non-finite entry and a divisor 0", () => {
  expectRangeError(() => divideRows([[1, 2], [3]], [1, 1]), "la fila 1 tiene 1 valores");
  expectRangeError(() => divideRows([[1, NaN]], [1]), "matrix[0][1] = NaN no es un número finito");
  expectRangeError(() => divideRows([[1], [2]], [1, 0]), "divisors[1] = 0");
});
