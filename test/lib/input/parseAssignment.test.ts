import { expect, test } from "vitest";
import { parseAssignment } from "../../../lib/input/parseAssignment.js";
import { TensorInputError } from "../../../lib/input/tensorInputError.js";

function errorOf(fn: () => unknown): TensorInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TensorInputError);
    return error as TensorInputError;
  }
  throw new Error("no lanzó");
}

test("parseAssignment(['0', '1'], '99', [2, 3], 'int32') = v[0, 1] = 99", () => {
  expect(parseAssignment(["0", "1"], "99", [2, 3], "int32")).toEqual({
    typed: [0, 1],
    index: [0, 1],
    value: 99,
  });
});

test("parseAssignment: a negative index counts from the end: [-1, -1] → [1, 2]", () => {
  expect(parseAssignment([" -1", "-1 "], "7", [2, 3], "int32").index).toEqual([1, 2]);
});

test("parseAssignment: a float32 variable takes 2.5", () => {
  expect(parseAssignment(["0", "0"], "2.5", [2, 3], "float32").value).toBe(2.5);
});

test("parseAssignment: row 5 of a [2, 3] variable throws NumPy's IndexError in Spanish", () => {
  const error = errorOf(() => parseAssignment(["5", "0"], "1", [2, 3], "int32"));
  expect(error.kind).toBe("IndexError");
  expect(error.message).toBe("índice 5 fuera de rango para el eje 0 de tamaño 2");
});

test("parseAssignment: an empty or non-integer index throws", () => {
  expect(errorOf(() => parseAssignment(["", "0"], "1", [2, 3], "int32")).message).toBe(
    "falta el índice del eje 0: escribe un entero",
  );
  expect(errorOf(() => parseAssignment(["0", "1.5"], "1", [2, 3], "int32")).message).toContain(
    "«1.5» no lo es",
  );
});

test("parseAssignment: 2.5 into an int32 variable is a TypeError, as in TensorFlow", () => {
  const error = errorOf(() => parseAssignment(["0", "0"], "2.5", [2, 3], "int32"));
  expect(error.kind).toBe("TypeError");
  expect(error.message).toContain("int32 y 2.5 no es entero");
});

test("parseAssignment: 'abc' as the value throws: not a number", () => {
  expect(errorOf(() => parseAssignment(["0", "0"], "abc", [2, 3], "int32")).message).toBe(
    "el valor «abc» no es un número",
  );
});

test("parseAssignment: one index for a rank-2 variable throws", () => {
  expect(errorOf(() => parseAssignment(["0"], "1", [2, 3], "int32")).message).toContain(
    "hacen falta 2 índices, no 1",
  );
});

test("parseAssignment: 3000000000 does not fit an int32 variable", () => {
  expect(
    errorOf(() => parseAssignment(["0", "0"], "3000000000", [2, 3], "int32")).message,
  ).toContain("no cabe en int32");
});
