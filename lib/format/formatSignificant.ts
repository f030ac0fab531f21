/**
 * Numbers for the page's sentences and formulas: a few significant digits, a typographic
 * minus, and scientific notation only where plain decimals would hide the value.
 *
 * Plain decimals for 10⁻³ ≤ |x| < 10⁶ (integers print whole: 20 280, not 2.028e4, with the
 * thousands grouped as formatCount groups them, a thin space `{\,}` in LaTeX); otherwise
 * scientific notation with `digits` significant digits. Trailing zeros are dropped.
 *
 * Examples: formatSignificant(20280) = "20 280"; formatSignificant(-61.11862) = "−61.12";
 * formatSignificant(-40 / 17 ** 6) = "−1.657 × 10⁻⁶"; latexSignificant(-40 / 17 ** 6) =
 * "-1.657 \\times 10^{-6}". Non-finite values print as "∞", "−∞" and "indefinido".
 */
import { groupThousands } from "./formatCount.js";

const SUPERSCRIPT: Record<string, string> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
  "-": "⁻",
};

/** x with `digits` significant digits as plain text: formatSignificant(0.123456, 3) = "0.123". */
export function formatSignificant(x: number, digits = 4): string {
  const parts = splitNumber(x, digits);
  if (parts.kind === "special") return parts.text;
  if (parts.kind === "plain") return groupThousands(parts.text).replace("-", "−");
  const exponent = [...String(parts.exponent)].map((c) => SUPERSCRIPT[c]).join("");
  return `${parts.mantissa.replace("-", "−")} × 10${exponent}`;
}

/** The same number as LaTeX: latexSignificant(1.5e12) = "1.5 \\times 10^{12}". */
export function latexSignificant(x: number, digits = 4): string {
  const parts = splitNumber(x, digits);
  if (parts.kind === "special") {
    if (Number.isNaN(x)) return "\\text{indefinido}";
    return x > 0 ? "\\infty" : "-\\infty";
  }
  if (parts.kind === "plain") return groupThousands(parts.text, "{\\,}");
  return `${parts.mantissa} \\times 10^{${parts.exponent}}`;
}

type Parts =
  | { kind: "special"; text: string }
  | { kind: "plain"; text: string }
  | { kind: "scientific"; mantissa: string; exponent: number };

function splitNumber(x: number, digits: number): Parts {
  if (!Number.isInteger(digits) || digits < 1 || digits > 15) {
    throw new RangeError(`formatSignificant: digits = ${digits} debe ser un entero entre 1 y 15`);
  }
  if (Number.isNaN(x)) return { kind: "special", text: "indefinido" };
  if (!Number.isFinite(x)) return { kind: "special", text: x > 0 ? "∞" : "−∞" };
  if (x === 0) return { kind: "plain", text: "0" };
  // Round first, so that 0.00099999 to 4 digits is 0.001 (plain), not 1 × 10⁻³.
  const rounded = Number(x.toPrecision(digits));
  const magnitude = Math.abs(rounded);
  if (magnitude >= 1e-3 && magnitude < 1e6) {
    if (Number.isInteger(x)) return { kind: "plain", text: String(x) };
    const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(magnitude)));
    const text = trimZeros(x.toFixed(decimals));
    return { kind: "plain", text: text === "-0" ? "0" : text };
  }
  const [mantissa, exponent] = x.toExponential(digits - 1).split("e");
  return { kind: "scientific", mantissa: trimZeros(mantissa), exponent: Number(exponent) };
}

/** "1.500" → "1.5", "2.000" → "2", "120" → "120". */
function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
