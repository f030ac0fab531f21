import { assertFinite } from "../math/validate.js";

/**
 * Parameter counts of generative models as ranges, from the lecture's list: a small VAE has
 * "decenas de miles a algunos millones", a GPT-4-class LLM "hundreds of billions hasta 1T+".
 * A single figure (Stable Diffusion v1: ~890 millones) is a range with min = max.
 *
 * `parameterRange(row)` checks one row of data/parametros-modelos.csv and completes it with
 * the orders of magnitude it spans: for 10 000 to 5 000 000, decades = log₁₀(500) ≈ 2.7.
 */
export interface ParameterRangeRow {
  modelo: string;
  texto_clase: string;
  minimo: number;
  maximo: number;
  /** The lecture gives no upper bound ("1T+"). */
  abierto: boolean;
  /** The figure is an outside estimate, not published by the model's authors. */
  estimado: boolean;
  nota: string;
}

export interface ParameterRange extends ParameterRangeRow {
  decadas: number;
}

export function parameterRange(row: ParameterRangeRow): ParameterRange {
  const name = String(row.modelo ?? "").trim();
  if (name === "") throw new RangeError("parameterRange: una fila no tiene nombre de modelo");
  const fn = `parameterRange(${name})`;
  assertFinite(fn, "minimo", row.minimo);
  assertFinite(fn, "maximo", row.maximo);
  if (row.minimo < 1 || row.maximo < row.minimo) {
    throw new RangeError(
      `${fn}: el rango [${row.minimo}, ${row.maximo}] no es válido; debe ser 1 ≤ mínimo ≤ máximo`,
    );
  }
  for (const key of ["abierto", "estimado"] as const) {
    if (typeof row[key] !== "boolean") {
      throw new RangeError(`${fn}: ${key} = ${String(row[key])} debe ser true o false`);
    }
  }
  return {
    ...row,
    modelo: name,
    nota: row.nota ?? "",
    decadas: Math.log10(row.maximo / row.minimo),
  };
}
