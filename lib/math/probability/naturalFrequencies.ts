import type { JointTable } from "./jointTable.js";
import { largestRemainder } from "./largestRemainder.js";
import { assertProbability, formatValue, SUM_TOLERANCE } from "../validate.js";

/**
 * naturalFrequencies(table, population) → how many of `population` people (1,000 by
 * default) fall in each cell of a 2 × 2 joint table, as whole numbers that add up to
 * exactly `population`: the counts an icon array draws.
 *
 * Rounding, in two stages so that the row totals are themselves correctly rounded:
 * first split the population between A and ¬A with the largest-remainder method, then
 * split each group between B and ¬B the same way (ties to B). Each count is therefore
 * within one person of its exact expected value.
 *
 * Example (the lecture's medical test, exact counts 9.5, 0.5, 49.5 and 940.5 of 1,000):
 * 10 people are ill (exactly 1 %); the half-person ties go to «positive», giving
 * {aAndB: 10, aAndNotB: 0, notAAndB: 50, notAAndNotB: 940}.
 *
 * Throws a RangeError if a cell is not a probability, the cells do not add up to 1
 * (within 1e-6), or the population is not an integer ≥ 0.
 */
export function naturalFrequencies(table: JointTable, population = 1000): JointTable {
  const cells = [table.aAndB, table.aAndNotB, table.notAAndB, table.notAAndNotB];
  const names = ["aAndB", "aAndNotB", "notAAndB", "notAAndNotB"];
  cells.forEach((p, i) => assertProbability("naturalFrequencies", names[i], p));
  const sum = cells.reduce((s, p) => s + p, 0);
  if (Math.abs(sum - 1) > SUM_TOLERANCE) {
    throw new RangeError(
      `naturalFrequencies: las cuatro celdas suman ${formatValue(sum)}, no 1 (tolerancia ${SUM_TOLERANCE.toExponential()})`,
    );
  }
  if (!Number.isInteger(population) || population < 0) {
    throw new RangeError(
      `naturalFrequencies: population = ${String(population)} debe ser un entero ≥ 0`,
    );
  }
  const [inA, inNotA] = largestRemainder([cells[0] + cells[1], cells[2] + cells[3]], population);
  const split = (b: number, notB: number, size: number) =>
    size === 0 ? [0, 0] : largestRemainder([b, notB], size);
  const [aAndB, aAndNotB] = split(cells[0], cells[1], inA);
  const [notAAndB, notAAndNotB] = split(cells[2], cells[3], inNotA);
  return { aAndB, aAndNotB, notAAndB, notAAndNotB };
}
