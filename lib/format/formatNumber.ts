import { groupThousands } from "./formatCount.js";

/** A no-break space, so «16.1 %» and «1 000 000» never wrap. */
const NBSP = "\u00a0";

/**
 * formatNumber(x, significant) → x rounded to `significant` significant digits (3 by
 * default), in plain decimal notation without trailing zeros, with a true minus sign:
 * formatNumber(0.125) = "0.125", formatNumber(1) = "1", formatNumber(0.0095) = "0.0095",
 * formatNumber(1 / 3) = "0.333", formatNumber(-0.29248) = "−0.292",
 * formatNumber(9405, 4) = "9 405" (thousands grouped with U+202F, as formatCount does),
 * formatNumber(Infinity) = "∞". Throws a RangeError for NaN: a page never shows NaN.
 */
export function formatNumber(x: number, significant = 3): string {
  if (Number.isNaN(x)) throw new RangeError("formatNumber: x = NaN no es un número");
  if (x === Infinity) return "∞";
  if (x === -Infinity) return "−∞";
  const rounded = Number(x.toPrecision(significant));
  if (rounded === 0) return "0";
  const magnitude = Math.floor(Math.log10(Math.abs(rounded)));
  const decimals = Math.min(20, Math.max(0, significant - 1 - magnitude));
  let text = rounded.toFixed(decimals);
  if (text.includes(".")) text = text.replace(/\.?0+$/, "");
  text = groupThousands(text);
  return text.replace("-", "−");
}

/**
 * formatPercent(p, significant) → p as a percentage with `significant` significant digits
 * and a no-break space before the sign: formatPercent(0.125) = "12.5 %",
 * formatPercent(0.0095 / 0.059) = "16.1 %".
 */
export function formatPercent(p: number, significant = 3): string {
  return `${formatNumber(p * 100, significant)}${NBSP}%`;
}

export { formatCount } from "./formatCount.js";
