import { assertFinite } from "../validate.js";

/**
 * The line through (x0, y0) with a given slope, as its two end points over [a, b]:
 * y = y0 + slope · (x − x0). A chart draws it as a segment and clips it to its frame.
 *
 * Example: tangentLine(1, 2, 3, [0, 2]) = [{ x: 0, y: -1 }, { x: 2, y: 5 }].
 */
export function tangentLine(
  x0: number,
  y0: number,
  slope: number,
  [a, b]: readonly [number, number],
): [{ x: number; y: number }, { x: number; y: number }] {
  assertFinite("tangentLine", "x0", x0);
  assertFinite("tangentLine", "y0", y0);
  assertFinite("tangentLine", "slope", slope);
  return [
    { x: a, y: y0 + slope * (a - x0) },
    { x: b, y: y0 + slope * (b - x0) },
  ];
}
