import { expect, test } from "vitest";
import { gridEvents } from "../../../../lib/math/probability/gridEvents.js";
import { expectRangeError } from "../../expectRangeError.js";

const cell = (first: number, second: number) => 6 * (first - 1) + (second - 1);
const firstIs3 = [1, 2, 3, 4, 5, 6].map((s) => cell(3, s));
const secondIs4 = [1, 2, 3, 4, 5, 6].map((f) => cell(f, 4));

test("gridEvents(36, first is 3, second is 4): 6/36, 6/36, 1/36, independent (the lecture's 1/36)", () => {
  expect(gridEvents(36, firstIs3, secondIs4)).toEqual({
    total: 36,
    countA: 6,
    countB: 6,
    countAandB: 1,
    pA: 6 / 36,
    pB: 6 / 36,
    pAandB: 1 / 36,
    independent: true,
  });
});

test("gridEvents(12, cara, even die) on the coin-and-die grid: P(A ∩ B) = 3/12 = 1/4, independent", () => {
  const events = gridEvents(12, [0, 1, 2, 3, 4, 5], [1, 3, 5, 7, 9, 11]);
  expect(events.pAandB).toBe(1 / 4);
  expect(events.pB).toBe(1 / 2);
  expect(events.independent).toBe(true);
});

test("gridEvents(36, first is 3, sum is 6): P(A ∩ B) = 1/36 ≠ 6/36 · 5/36, dependent", () => {
  const sumIs6 = [cell(1, 5), cell(2, 4), cell(3, 3), cell(4, 2), cell(5, 1)];
  const events = gridEvents(36, firstIs3, sumIs6);
  expect(events.countAandB).toBe(1);
  expect(events.independent).toBe(false);
});

test("gridEvents with an empty B gives P(B) = 0 (P(A|B) is then undefined)", () => {
  expect(gridEvents(36, firstIs3, []).pB).toBe(0);
});

test("gridEvents counts a repeated cell once", () => {
  expect(gridEvents(4, [1, 1, 2], [1]).countA).toBe(2);
});

test("gridEvents throws a RangeError for a cell outside the grid or a bad total", () => {
  expectRangeError(() => gridEvents(36, [36], []), "gridEvents: a[0] = 36 no es una casilla");
  expectRangeError(() => gridEvents(36, [], [-1]), "gridEvents: b[0] = -1");
  expectRangeError(() => gridEvents(0, [], []), "gridEvents: total = 0");
});
