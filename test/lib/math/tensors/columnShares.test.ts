import { expect, test } from "vitest";
import { columnShares } from "../../../../lib/math/tensors/columnShares.js";
import { expectRangeError } from "../../expectRangeError.js";

// The lecture's table, kilocalories per 100 g. Rows: carbohydrates, proteins, fats.
// Columns: apples, beef, eggs, potatoes.
const nutrition = [
  [56.0, 0.0, 4.4, 68.0],
  [1.2, 104.0, 52.0, 8.0],
  [1.8, 135.0, 99.0, 0.9],
];
const columnSums = [59, 239, 155.4, 76.9];

test("columnShares(nutrition) divides each entry by its column sum (59, 239, 155.4, 76.9)", () => {
  const shares = columnShares(nutrition);
  expect(shares[0][0]).toBeCloseTo(56 / 59, 15);
  nutrition.forEach((row, i) =>
    row.forEach((x, j) => expect(shares[i][j]).toBeCloseTo(x / columnSums[j], 14)),
  );
});

test("columnShares(m) has columns that each sum to 1", () => {
  const shares = columnShares(nutrition);
  for (let j = 0; j < 4; j++) {
    expect(shares.reduce((s, row) => s + row[j], 0)).toBeCloseTo(1, 15);
  }
});

test("columnShares(nutrition) truncated to 2 decimals is the lecture's table (rounding is not)", () => {
  const lecture = [
    [0.94, 0.0, 0.02, 0.88],
    [0.02, 0.43, 0.33, 0.1],
    [0.03, 0.56, 0.63, 0.01],
  ];
  const shares = columnShares(nutrition);
  const truncated = shares.map((row) => row.map((x) => Math.trunc(x * 100) / 100));
  const rounded = shares.map((row) => row.map((x) => Math.round(x * 100) / 100));
  expect(truncated).toEqual(lecture);
  // Rounded, 56/59 = 0.949… would read 0.95, 104/239 = 0.435… 0.44, 99/155.4 = 0.637… 0.64.
  expect([rounded[0][0], rounded[1][1], rounded[2][2]]).toEqual([0.95, 0.44, 0.64]);
});

test("columnShares([[1, 3], [1, 1]]) = [[0.5, 0.75], [0.5, 0.25]]", () => {
  expect(
    columnShares([
      [1, 3],
      [1, 1],
    ]),
  ).toEqual([
    [0.5, 0.75],
    [0.5, 0.25],
  ]);
});

test("columnShares([]) = []", () => {
  expect(columnShares([])).toEqual([]);
});

test("columnShares(m) throws a RangeError naming a column that sums to 0", () => {
  expectRangeError(
    () =>
      columnShares([
        [1, 0],
        [2, 0],
      ]),
    "columnShares: la columna 1 suma 0",
  );
});

test("columnShares(m) throws a RangeError for ragged rows, naming both lengths", () => {
  expectRangeError(
    () => columnShares([[1, 2], [3]]),
    "columnShares: la fila 1 tiene 1 valores",
    "la fila 0 tiene 2",
  );
});

test("columnShares(m) throws a RangeError naming a NaN entry", () => {
  expectRangeError(() => columnShares([[1, NaN]]), "columnShares: matrix[0][1] = NaN");
});
