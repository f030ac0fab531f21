import { expect, test } from "vitest";
import { MemoryLimitError, runtimeError } from "../../../lib/exercises/runtimeError.js";

const at = (error: Error, line: number) => {
  error.stack = `${error.name}: ${error.message}\n    at eval (ejercicio.js:${line + 2}:5)`;
  return error;
};

test("runtimeError takes the line from the stack (minus the wrapper's lines)", () => {
  expect(runtimeError(at(new ReferenceError("w is not defined"), 4), "ejercicio.js", 2)).toEqual({
    kind: "runtime",
    message:
      "Error al ejecutar tu código en la línea 4: «w» no está definido: ¿un error de escritura, o falta declararlo con const o let?",
    line: 4,
    column: null,
    detail: "ReferenceError: w is not defined",
  });
});

test.each([
  ["a.add is not a function", "«a.add» no es una función."],
  [
    "Cannot read properties of undefined (reading 'shape')",
    "no se puede leer «shape» de undefined",
  ],
  [
    "Based on the provided shape, [2,2], the tensor should have 4 values but has 3",
    "la forma [2,2] necesita 4 valores, pero diste 3.",
  ],
  [
    "Size(6) must match the product of shape 4,2",
    "reshape: el tensor tiene 6 elementos y la forma [4,2] pide 8",
  ],
  [
    "Error in matMul: inner shapes (2) and (3) of Tensors with shapes 2,2 and 3,2 and transposeA=false and transposeB=false must match.",
    "las dimensiones interiores deben coincidir, pero son 2 y 3 (formas [2,2] y [3,2])",
  ],
  [
    "Operands could not be broadcast together with shapes 2,3 and 2.",
    "en el eje -1 los tamaños 3 y 2 no son iguales ni 1",
  ],
])("%s → %s", (message, spanish) => {
  expect(runtimeError(new Error(message), "ejercicio.js", 2).message).toContain(spanish);
});

test("allocation failures and the memory budget are memory errors", () => {
  expect(
    runtimeError(new RangeError("Invalid typed array length: 10000000000"), "e.js", 2),
  ).toMatchObject({
    kind: "memory",
    message:
      "Tu código pidió más memoria de la que el navegador puede dar. Usa tensores más pequeños.",
  });
  const budget = runtimeError(new MemoryLimitError(2 ** 28, 3 * 2 ** 27), "e.js", 2);
  expect(budget).toMatchObject({ kind: "memory", detail: null });
  expect(budget.message).toMatch(
    /^Tu código tiene 384 MB en tensores a la vez y el límite es 256 MB/,
  );
});

test("a thrown non-error is shown as it is", () => {
  expect(runtimeError("hola", "e.js", 2).message).toBe(
    "Tu código lanzó un valor que no es un error: hola",
  );
});
