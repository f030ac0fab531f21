/**
 * Writes a shape in NumPy's tuple notation: formatShape([2, 3]) = "(2,3)",
 * formatShape([2]) = "(2,)" (the trailing comma marks a 1-tuple), formatShape([]) = "()".
 */
export function formatShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(",")})`;
}
