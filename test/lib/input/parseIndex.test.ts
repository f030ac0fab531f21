import { expect, test } from "vitest";
import { parseIndex } from "../../../lib/input/parseIndex.js";
import { TensorInputError } from "../../../lib/input/tensorInputError.js";

function errorOf(text: string): TensorInputError {
  try {
    parseIndex(text);
  } catch (error) {
    expect(error).toBeInstanceOf(TensorInputError);
    return error as TensorInputError;
  }
  throw new Error(`parseIndex(${text}) no lanzó`);
}

test("parseIndex('t[0, 1:3, ::2]') reads an int, a slice with start and stop, and a step", () => {
  expect(parseIndex("t[0, 1:3, ::2]")).toEqual({
    name: "t",
    subscripts: [
      [
        { kind: "int", value: 0 },
        { kind: "slice", start: 1, stop: 3, step: null },
        { kind: "slice", start: null, stop: null, step: 2 },
      ],
    ],
  });
});

test("parseIndex('t[-1]') reads a negative index", () => {
  expect(parseIndex("t[-1]").subscripts).toEqual([[{ kind: "int", value: -1 }]]);
});

test("parseIndex('t[[0, 2]]') reads a list of indices", () => {
  expect(parseIndex("t[[0, 2]]").subscripts).toEqual([[{ kind: "list", values: [0, 2] }]]);
});

test("parseIndex('a[..., -1:]') keeps the tensor's name and reads the ellipsis", () => {
  expect(parseIndex("a[..., -1:]")).toEqual({
    name: "a",
    subscripts: [[{ kind: "ellipsis" }, { kind: "slice", start: -1, stop: null, step: null }]],
  });
});

test("parseIndex('t[0][1]') reads two subscripts", () => {
  expect(parseIndex("t[0][1]").subscripts).toEqual([
    [{ kind: "int", value: 0 }],
    [{ kind: "int", value: 1 }],
  ]);
});

test("parseIndex without a name: '[0, 1]' and '0, 1' both mean t[0, 1]", () => {
  const expected = [
    [
      { kind: "int", value: 0 },
      { kind: "int", value: 1 },
    ],
  ];
  expect(parseIndex("[0, 1]").subscripts).toEqual(expected);
  expect(parseIndex("0, 1").subscripts).toEqual(expected);
});

test("parseIndex('t[ : , 1 : ]') ignores spaces", () => {
  expect(parseIndex("t[ : , 1 : ]").subscripts[0]).toEqual([
    { kind: "slice", start: null, stop: null, step: null },
    { kind: "slice", start: 1, stop: null, step: null },
  ]);
});

test("parseIndex('t[0,]') accepts a trailing comma, as Python does", () => {
  expect(parseIndex("t[0,]").subscripts).toEqual([[{ kind: "int", value: 0 }]]);
});

test("parseIndex('t[0,,1]') throws a SyntaxError at the second comma", () => {
  const error = errorOf("t[0,,1]");
  expect(error.kind).toBe("SyntaxError");
  expect(error.message).toBe("«,» inesperado en la posición 5");
});

test("parseIndex('t[]') throws: an empty index", () => {
  expect(errorOf("t[]").message).toContain("índice vacío");
});

test("parseIndex('t[0') throws: the index ends too soon", () => {
  expect(errorOf("t[0").message).toContain("termina antes de tiempo");
});

test("parseIndex('t[1.5]') throws an IndexError: indices must be integers", () => {
  const error = errorOf("t[1.5]");
  expect(error.kind).toBe("IndexError");
  expect(error.message).toContain("1.5 no lo es");
});

test("parseIndex('t[None]') throws: adding an axis is not supported here", () => {
  expect(errorOf("t[None]").message).toContain("tf.expandDims");
});

test("parseIndex('t[[[0]]]') throws: a list of indices must be flat", () => {
  expect(errorOf("t[[[0]]]").message).toContain("debe ser plana");
});

test("parseIndex('t[[0, 1:2]]') throws: only integers inside a list", () => {
  expect(errorOf("t[[0, 1:2]]").message).toContain("solo van enteros");
});

test("parseIndex('t[0] x') throws: something is left over", () => {
  expect(errorOf("t[0] x").message).toBe("«x» inesperado en la posición 6");
});

test("parseIndex('t[0 ; 1]') throws: ';' cannot go in an index", () => {
  expect(errorOf("t[0 ; 1]").message).toContain("el carácter «;»");
});

test("parseIndex('') and parseIndex('t') throw and show an example", () => {
  expect(errorOf("").message).toContain("t[0, 1:3]");
  expect(errorOf("t").message).toContain("t[0, 1:3]");
});

test("parseIndex('t[-]') throws: a sign with no number", () => {
  expect(errorOf("t[-]").kind).toBe("SyntaxError");
});
