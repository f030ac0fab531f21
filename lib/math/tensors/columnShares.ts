import { assertMatrix, formatValue } from "../validate.js";

/**
 * Divides each entry by its column's sum, so every column adds up to 1:
 * shares[i][j] = m[i][j] / Σₖ m[k][j]. With NumPy this is `m / m.sum(axis=0)`, where
 * broadcasting stretches the (4,) row of sums over the (3,4) table.
 *
 * Example (the lecture's nutrition table, kilocalories per 100 g; rows carbohydrates, proteins,
 * fats; columns apples, beef, eggs, potatoes): the apple column [56, 1.2, 1.8] sums to 59,
 * so its shares are [56/59, 1.2/59, 1.8/59] = [0.949…, 0.0203…, 0.0305…].
 *
 * Throws a RangeError for ragged rows, a non-finite entry or a column that sums to 0.
 * An empty matrix gives [].
 */
export function columnShares(matrix: readonly (readonly number[])[]): number[][] {
  const columns = assertMatrix("columnShares", matrix);
  const sums = Array.from({ length: columns }, (_, j) => matrix.reduce((s, row) => s + row[j], 0));
  sums.forEach((sum, j) => {
    if (sum === 0) {
      throw new RangeError(
        `columnShares: la columna ${j} suma ${formatValue(sum)}; no se puede dividir entre 0 para obtener proporciones`,
      );
    }
  });
  return matrix.map((row) => row.map((x, j) => x / sums[j]));
}
