import { readFileSync } from "node:fs";
import { fromCSV } from "arquero";
import { expect, test } from "vitest";
import { parameterRange, type ParameterRangeRow } from "../../../lib/lecture/parameterRanges.js";
import { expectRangeError } from "../expectRangeError.js";

const row: ParameterRangeRow = {
  modelo: "VAE",
  texto_clase: "decenas de miles a algunos millones",
  minimo: 10_000,
  maximo: 5_000_000,
  abierto: false,
  estimado: false,
  nota: "",
};

test("parameterRange(10 000 to 5 000 000) spans log₁₀ 500 ≈ 2.699 decades", () => {
  expect(parameterRange(row).decadas).toBeCloseTo(Math.log10(500), 12);
  expect(parameterRange({ ...row, maximo: 10_000 }).decadas).toBe(0);
});

test("parameterRange throws for a reversed range, a missing name or a non-boolean flag", () => {
  expectRangeError(
    () => parameterRange({ ...row, maximo: 10 }),
    "parameterRange(VAE)",
    "no es válido",
  );
  expectRangeError(() => parameterRange({ ...row, modelo: " " }), "no tiene nombre");
  expectRangeError(
    () => parameterRange({ ...row, abierto: "sí" as unknown as boolean }),
    "abierto = sí debe ser true o false",
  );
});

test("data/parametros-modelos.csv: the lecture's six models, every row valid, GPT-4 an open estimate", () => {
  const rows = fromCSV(
    readFileSync("data/parametros-modelos.csv", "utf-8"),
  ).objects() as ParameterRangeRow[];
  const ranges = rows.map((r) => parameterRange({ ...r, nota: r.nota ?? "" }));
  expect(ranges).toHaveLength(6);
  expect(ranges.find((r) => r.modelo.startsWith("Stable Diffusion v1"))).toMatchObject({
    minimo: 890e6,
    maximo: 890e6,
  });
  expect(ranges.find((r) => r.modelo.includes("SDXL"))).toMatchObject({ minimo: 1e9, maximo: 3e9 });
  expect(ranges.at(-1)).toMatchObject({
    minimo: 1e11,
    maximo: 1e12,
    abierto: true,
    estimado: true,
  });
});
