import { expect, test } from "vitest";
import { parseTensorLiteral } from "../../../lib/input/parseTensorLiteral.js";
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

test("parseTensorLiteral('5') is an int32 scalar of shape []", () => {
  expect(parseTensorLiteral("5")).toEqual({ values: [5], shape: [], dtype: "int32", nested: 5 });
});

test("parseTensorLiteral('[[1, 2], [3, 4]]') has shape [2, 2] and dtype int32, like tf.constant", () => {
  expect(parseTensorLiteral("[[1, 2], [3, 4]]")).toEqual({
    values: [1, 2, 3, 4],
    shape: [2, 2],
    dtype: "int32",
    nested: [
      [1, 2],
      [3, 4],
    ],
  });
});

test("parseTensorLiteral('[1., 2.5]') is float32: one literal with a point makes it float", () => {
  const t = parseTensorLiteral("[1., 2.5]");
  expect(t.dtype).toBe("float32");
  expect(t.values).toEqual([1, 2.5]);
});

test("parseTensorLiteral('[1e3, -2]') is float32 (an exponent makes a float) with value 1000", () => {
  expect(parseTensorLiteral("[1e3, -2]")).toMatchObject({ values: [1000, -2], dtype: "float32" });
});

test("parseTensorLiteral accepts NumPy's printed form without commas: '[[1 2] [3 4]]'", () => {
  expect(parseTensorLiteral("[[1 2]\n [3 4]]").shape).toEqual([2, 2]);
});

test("parseTensorLiteral accepts Python tuples and a trailing comma: '((1, 2), (3, 4),)'", () => {
  expect(parseTensorLiteral("((1, 2), (3, 4),)").shape).toEqual([2, 2]);
});

test("parseTensorLiteral reads a rank-3 literal of shape [2, 3, 2]", () => {
  const t = parseTensorLiteral("[[[1,2],[3,4],[5,6]],[[7,8],[9,10],[11,12]]]");
  expect(t.shape).toEqual([2, 3, 2]);
  expect(t.values).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
});

test("parseTensorLiteral('[]') is an empty tensor of shape [0]", () => {
  expect(parseTensorLiteral("[]")).toMatchObject({ values: [], shape: [0] });
});

test("parseTensorLiteral('[[1, 2], [3]]') throws NumPy's inhomogeneous-shape ValueError in Spanish", () => {
  const error = errorOf(() => parseTensorLiteral("[[1, 2], [3]]"));
  expect(error.kind).toBe("ValueError");
  expect(error.message).toBe(
    "la lista no es rectangular: después de 1 dimensión(es) hay listas de longitud 2 y de longitud 1; la forma detectada es (2,) + una parte no homogénea",
  );
});

test("parseTensorLiteral('[1, [2]]') throws: a list where a number goes", () => {
  expect(errorOf(() => parseTensorLiteral("[1, [2]]")).message).toContain(
    "una lista donde iba un número",
  );
});

test("parseTensorLiteral('[1, 2') throws a SyntaxError about the missing ']'", () => {
  const error = errorOf(() => parseTensorLiteral("[1, 2"));
  expect(error.kind).toBe("SyntaxError");
  expect(error.message).toContain("falta cerrar el «[» de la posición 1 con «]»");
});

test("parseTensorLiteral('[1, abc]') throws: «abc» is not a number", () => {
  expect(errorOf(() => parseTensorLiteral("[1, abc]")).message).toContain(
    "«abc» (posición 5) no es un número",
  );
});

test("parseTensorLiteral('[1,, 2]') throws: a comma with no value", () => {
  expect(errorOf(() => parseTensorLiteral("[1,, 2]")).message).toContain("coma sin valor");
});

test("parseTensorLiteral('[1] 2') throws: something is left over", () => {
  expect(errorOf(() => parseTensorLiteral("[1] 2")).message).toContain("sobra «2»");
});

test("parseTensorLiteral('[1)') throws: ')' does not close '['", () => {
  expect(errorOf(() => parseTensorLiteral("[1)")).message).toContain("no cierra el «[»");
});

test("parseTensorLiteral('  ') throws and shows an example", () => {
  expect(errorOf(() => parseTensorLiteral("  ")).message).toContain("[[1, 2], [3, 4]]");
});

test("parseTensorLiteral('3000000000') throws: the integer does not fit int32", () => {
  expect(errorOf(() => parseTensorLiteral("3000000000")).message).toContain("no cabe en int32");
});

test("parseTensorLiteral('3000000000.') is a float32, which can hold it", () => {
  expect(parseTensorLiteral("3000000000.").dtype).toBe("float32");
});

test("TensorInputError.toString() prints like Python: 'ValueError: …'", () => {
  const error = errorOf(() => parseTensorLiteral("[x]"));
  expect(String(error)).toMatch(/^ValueError: «x»/);
});
