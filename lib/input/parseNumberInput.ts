/**
 * Reads a number a student typed: decimals with a point or a comma ("1.5", "1,5"), a
 * typographic or ASCII minus, scientific notation ("1e-3"), fractions ("7/8") and multiples
 * of π ("π/6", "pi/6", "2π/3", "-π"). Nothing is evaluated as code.
 *
 * Returns `{ ok: true, value }`, or `{ ok: false, message }` with a Spanish message that says
 * what was wrong and what to type instead: parseNumberInput("π/6") = { ok: true, value: 0.5235… };
 * parseNumberInput("abc") = { ok: false, message: "«abc» no es un número; …" }.
 */

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

const EXAMPLES = "escribe por ejemplo 2, −0.5, 1,5, 7/8 o π/6";
const NUMBER = String.raw`\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?`;
/** [sign] [number] [π] [/ number]: at least a number or π before the optional divisor. */
const PATTERN = new RegExp(`^([+-]?)(${NUMBER})?(π)?(?:/(${NUMBER}))?$`, "i");

export function parseNumberInput(text: string): ParsedNumber {
  const raw = String(text ?? "").trim();
  if (raw === "") return { ok: false, message: `Escribe un valor; ${EXAMPLES}.` };
  const normalized = raw
    .replace(/\s+/g, "")
    .replace(/[−–]/g, "-")
    .replace(/pi/gi, "π")
    .replace(/\*/g, "")
    .replace(/^([+-]?\d+),(\d+)$/, "$1.$2");
  const match = PATTERN.exec(normalized);
  if (!match || (match[2] === undefined && match[3] === undefined)) {
    return { ok: false, message: `«${raw}» no es un número; ${EXAMPLES}.` };
  }
  const [, sign, digits, pi, divisor] = match;
  let value = (digits === undefined ? 1 : Number(digits)) * (pi ? Math.PI : 1);
  if (divisor !== undefined) {
    const d = Number(divisor);
    if (d === 0) return { ok: false, message: `«${raw}» divide entre 0; ${EXAMPLES}.` };
    value /= d;
  }
  if (sign === "-") value = -value;
  if (!Number.isFinite(value)) {
    return { ok: false, message: `«${raw}» es demasiado grande para un número de 64 bits.` };
  }
  return { ok: true, value: value === 0 ? 0 : value };
}
