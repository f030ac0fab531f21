import { assertFinite } from "../validate.js";

/**
 * Samples f(u, v) on an n × n grid of cells over [u0, u1] × [v0, v1], each cell evaluated at
 * its centre: the rows a heat map draws as rectangles (u to u2, v to v2).
 *
 * Example: sampleGrid((u, v) => u + v, [0, 2], [0, 2], 2) gives 4 cells, the first
 * { u: 0, u2: 1, v: 0, v2: 1, value: 1 } (its centre is (0.5, 0.5)).
 */
export function sampleGrid(
  f: (u: number, v: number) => number,
  [u0, u1]: readonly [number, number],
  [v0, v1]: readonly [number, number],
  n: number,
): { u: number; u2: number; v: number; v2: number; value: number }[] {
  [u0, u1, v0, v1].forEach((x, i) => assertFinite("sampleGrid", ["u0", "u1", "v0", "v1"][i], x));
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`sampleGrid: n = ${n} debe ser un entero ≥ 1`);
  const du = (u1 - u0) / n;
  const dv = (v1 - v0) / n;
  const cells = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const u = u0 + i * du;
      const v = v0 + j * dv;
      cells.push({ u, u2: u + du, v, v2: v + dv, value: f(u + du / 2, v + dv / 2) });
    }
  }
  return cells;
}
