import { TensorInputError } from "../input/tensorInputError.js";

/**
 * Throws unless `seed` can seed a random generator reproducibly: an integer ≥ 0.
 * assertSeed(42) passes; assertSeed(1.5) throws "la semilla debe ser un entero ≥ 0; «1.5» no lo es".
 */
export function assertSeed(seed: number): void {
  if (typeof seed !== "number" || !Number.isInteger(seed) || seed < 0) {
    throw new TensorInputError(
      "ValueError",
      `la semilla debe ser un entero ≥ 0; «${seed}» no lo es`,
    );
  }
}

/**
 * Reads a seed typed in a text field: parseSeed(" 42 ") = 42. An empty field throws
 * "falta la semilla: escribe un entero ≥ 0"; "1.5", "-1" or "abc" throw as assertSeed does.
 */
export function parseSeed(text: string): number {
  const trimmed = text.trim();
  if (trimmed === "") {
    throw new TensorInputError("ValueError", "falta la semilla: escribe un entero ≥ 0");
  }
  if (!/^\d+$/.test(trimmed)) {
    throw new TensorInputError(
      "ValueError",
      `la semilla debe ser un entero ≥ 0; «${trimmed}» no lo es`,
    );
  }
  const seed = Number(trimmed);
  assertSeed(seed);
  return seed;
}

/**
 * Reads a number typed in a text field (named `name` in the message): parseNumber("2.5",
 * "el valor") = 2.5; "" or "abc" throw "el valor debe ser un número; «abc» no lo es".
 */
export function parseNumber(text: string, name: string): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === "" || !Number.isFinite(value)) {
    throw new TensorInputError(
      "ValueError",
      trimmed === ""
        ? `falta ${name}: escribe un número`
        : `${name} debe ser un número; «${trimmed}» no lo es`,
    );
  }
  return value;
}
