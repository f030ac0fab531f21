import { assertFinite, assertMatrix, formatValue } from "../validate.js";

/**
 * Divides each row by its own divisor: out[i][j] = m[i][j] / divisors[i]. With NumPy this is
 * `m / d.reshape(-1, 1)`, where broadcasting stretches the (rows, 1) column of divisors across
 * the columns.
 *
 * Example (the lecture's nutrition table, kilocalories per 100 g; rows carbohydrates,
 * proteins, fats; divided by Atwater's 4, 4 and 9 kcal per gram): the apple column
 * [56, 1.2, 1.8] kcal becomes [14, 0.3, 0.2] grams.
 *
 * Throws a RangeError when there is not one divisor per row, for ragged rows, a non-finite
 * entry or a divisor that is 0. An empty matrix with no divisors gives [].
 */
export function divideRows(
  matrix: readonly (readonly number[])[],
  divisors: readonly number[],
): number[][] {
  if (divisors.length !== matrix.length) {
    throw new RangeError(
      `divideRows: hay ${divisors.length} divisores para ${matrix.length} filas; se necesita uno por fila`,
    );
  }
  assertMatrix("divideRows", matrix);
  divisors.forEach((d, i) => {
    assertFinite("divideRows", `divisors[${i}]`, d);
    if (d === 0) {
      throw new RangeError(
        `divideRows: divisors[${i}] = ${formatValue(d)}; no se puede dividir una fila entre 0`,
      );
    }
  });
  return matrix.map((row, i) => row.map((x) => x / divisors[i]));
}
