import { resolveIndex } from "../math/tensors/selectIndex.js";
import { TensorInputError } from "./tensorInputError.js";

/** A checked `v[i, j, …] = value`: indices made non-negative, the value a number of the dtype. */
export interface Assignment {
  /** The indices as typed (negative ones kept), for writing the code back. */
  typed: number[];
  /** The same indices, each in [0, size). */
  index: number[];
  value: number;
}

/**
 * Reads the texts of an element assignment `v[i, j] = value` for a variable of the given
 * shape and dtype, checking it as TensorFlow would: one integer index per axis, negative
 * ones counting from the end, each in range; a number for the value, an integer if the
 * variable is int32 (TensorFlow refuses to assign 2.5 to an int32 variable).
 *
 * Example: parseAssignment(["0", "-1"], "99", [2, 3], "int32") =
 * { typed: [0, -1], index: [0, 2], value: 99 }; with "5" as the row it throws
 * "índice 5 fuera de rango para el eje 0 de tamaño 2".
 */
export function parseAssignment(
  indexTexts: readonly string[],
  valueText: string,
  shape: readonly number[],
  dtype: string,
): Assignment {
  if (indexTexts.length !== shape.length) {
    throw new TensorInputError(
      "IndexError",
      `la variable tiene ${shape.length} ejes: hacen falta ${shape.length} índices, no ${indexTexts.length}`,
    );
  }
  const typed = indexTexts.map((text, axis) => {
    const trimmed = text.trim();
    if (!/^[+-]?\d+$/.test(trimmed)) {
      throw new TensorInputError(
        "IndexError",
        trimmed === ""
          ? `falta el índice del eje ${axis}: escribe un entero`
          : `el índice del eje ${axis} debe ser un entero: «${trimmed}» no lo es`,
      );
    }
    return Number(trimmed);
  });
  const index = typed.map((i, axis) => resolveIndex(i, axis, shape[axis]));
  const trimmed = valueText.trim();
  const value = Number(trimmed);
  if (trimmed === "" || !Number.isFinite(value)) {
    throw new TensorInputError("ValueError", `el valor «${trimmed}» no es un número`);
  }
  if (dtype === "int32" && !Number.isInteger(value)) {
    throw new TensorInputError(
      "TypeError",
      `la variable es int32 y ${value} no es entero; TensorFlow también se niega a guardarlo`,
    );
  }
  if (dtype === "int32" && Math.abs(value) > 2 ** 31 - 1) {
    throw new TensorInputError("ValueError", `${value} no cabe en int32 (de −2³¹ a 2³¹ − 1)`);
  }
  return { typed, index, value };
}
