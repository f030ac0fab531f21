import { describe, expect, test } from "vitest";
import { compare, isClose, NO_RETURN_MESSAGE, unravel } from "../../../lib/exercises/compare.js";
import {
  expectExact,
  expectList,
  expectNumber,
  expectRecord,
  expectTensor,
} from "../../../lib/exercises/expect.js";
import type { Value } from "../../../lib/exercises/value.js";

const tensor = (shape: number[], values: number[], dtype = "float32"): Value => ({
  kind: "tensor",
  shape,
  dtype,
  values,
  size: values.length,
  truncated: false,
});
const num = (value: number): Value => ({ kind: "number", value });

describe("isClose(x, e, tolerance)", () => {
  test("is NumPy's allclose: |x − e| ≤ atol + rtol·|e|", () => {
    expect(isClose(1.00009, 1)).toBe(true);
    expect(isClose(1.0002, 1)).toBe(false);
    expect(isClose(1e-7, 0)).toBe(true);
    expect(isClose(NaN, NaN)).toBe(true);
    expect(isClose(Infinity, Infinity)).toBe(true);
    expect(isClose(0, NaN)).toBe(false);
  });
});

describe("compare(expected, actual)", () => {
  test("a matching number, or scalar tensor, is null", () => {
    expect(compare(expectNumber(0.48), num(0.48000001))).toBeNull();
    expect(compare(expectNumber(25), tensor([], [25]))).toBeNull();
  });

  test("nothing returned says to add return", () => {
    expect(compare(expectNumber(1), { kind: "undefined" })).toEqual({ message: NO_RETURN_MESSAGE });
  });

  test("a wrong number is named without revealing the answer", () => {
    expect(compare(expectNumber(0.48), num(0.12))).toEqual({
      message:
        "Tu resultado es 0.12, que no es el valor esperado (tolerancia: relativa 1e-4, absoluta 1e-6).",
    });
  });

  test("a known mistake gets its own explanation; NaN matches a NaN mistake", () => {
    const expected = expectNumber(0, { mistakes: [{ values: NaN, message: "Usa tf.where." }] });
    expect(compare(expected, num(NaN))?.message).toBe(
      "Tu resultado es NaN (no es un número): Usa tf.where.",
    );
    const ln = expectNumber(Math.log2(6), {
      mistakes: [{ values: Math.log(6), message: "Está en nats." }],
    });
    expect(compare(ln, num(Math.log(6)))?.message).toBe(
      "Tu resultado es 1.79176, que no es el valor esperado. Está en nats.",
    );
  });

  test("a vector where a number is expected suggests reducing it", () => {
    expect(compare(expectNumber(3), tensor([3], [1, 1, 1]))?.message).toBe(
      "Se esperaba un número (o un tensor escalar), pero tu código devolvió un tensor de forma [3]: ¿te faltó reducirlo a un solo número, por ejemplo con `tf.sum`?",
    );
  });

  test("tensors: wrong shape, with a hint when only 1-sized axes differ", () => {
    expect(compare(expectTensor([1, 2, 3, 4]), tensor([1, 1, 4], [1, 2, 3, 4]))?.message).toBe(
      "La forma de tu tensor es [1, 1, 4], pero se esperaba [4] (sobran o faltan ejes de tamaño 1: ¿te faltó `squeeze()` o `reshape`?).",
    );
    expect(compare(expectTensor([[1, 2, 3]]), tensor([3, 1], [1, 2, 3]))?.message).toBe(
      "La forma de tu tensor es [3, 1], pero se esperaba [1, 3] (un eje de tamaño 1 está en otro lugar: ¿te faltó `reshape` o `transpose`?).",
    );
    expect(
      compare(
        expectTensor([
          [1, 2],
          [3, 4],
        ]),
        tensor([4], [1, 2, 3, 4]),
      )?.message,
    ).toBe("La forma de tu tensor es [4], pero se esperaba [2, 2].");
  });

  test("tensors: wrong dtype only when the exercise asks for one", () => {
    expect(compare(expectTensor([1, 2], { dtype: "int32" }), tensor([2], [1, 2]))?.message).toBe(
      "El tipo de dato (dtype) de tu tensor es float32, pero se esperaba int32.",
    );
    expect(compare(expectTensor([1, 2]), tensor([2], [1, 2], "int32"))).toBeNull();
  });

  test("tensors: the first wrong value with its index, and how many more differ", () => {
    expect(
      compare(
        expectTensor([
          [1, 2],
          [3, 4],
        ]),
        tensor([2, 2], [1, 2, 3, 5]),
      )?.message,
    ).toBe("El valor en el índice [1, 1] es 5, pero se esperaba 4.");
    expect(compare(expectTensor([1, 2, 3]), tensor([3], [0, 0, 0]))?.message).toBe(
      "El valor en el índice [0] es 0, pero se esperaba 1 (y 2 valores más también difieren).",
    );
  });

  test("a JavaScript array where a tensor is expected says to return the tensor", () => {
    const array: Value = { kind: "array", items: [num(1)], length: 1, truncated: false };
    expect(compare(expectTensor([1]), array)?.message).toMatch(
      /arreglo de JavaScript: devuelve el tensor mismo/,
    );
  });

  test("records name the field; a missing field is named", () => {
    const expected = expectRecord({ pq: expectNumber(1), qp: expectNumber(2) });
    const actual: Value = { kind: "object", entries: [["pq", num(1)]], truncated: false };
    expect(compare(expected, actual)?.message).toBe(
      "Falta la propiedad «qp» en el objeto que devolviste.",
    );
    const wrong: Value = {
      kind: "object",
      entries: [
        ["pq", num(1)],
        ["qp", num(3)],
      ],
      truncated: false,
    };
    expect(compare(expected, wrong)?.message).toMatch(/^En «qp»: tu resultado es 3/);
    expect(compare(expected, num(1))?.message).toMatch(
      /^Se esperaba un objeto con «pq», «qp» \(`return \{ pq, qp \};`\)/,
    );
  });

  test("lists check the length, then each element", () => {
    const expected = expectList([expectNumber(1), expectNumber(2)]);
    const short: Value = { kind: "array", items: [num(1)], length: 1, truncated: false };
    expect(compare(expected, short)?.message).toBe(
      "Se esperaba una lista de 2 elementos, pero la tuya tiene 1.",
    );
    const wrong: Value = { kind: "array", items: [num(1), num(5)], length: 2, truncated: false };
    expect(compare(expected, wrong)?.message).toMatch(
      /^En el elemento 1 de la lista: tu resultado es 5/,
    );
  });

  test("exact values (a shape) are compared deeply", () => {
    const shape: Value = { kind: "array", items: [num(2), num(3)], length: 2, truncated: false };
    expect(compare(expectExact([2, 3]), shape)).toBeNull();
    expect(compare(expectExact([3, 2]), shape)?.message).toBe(
      "Tu resultado es [2, 3], que no es el esperado.",
    );
  });
});

test("unravel(flat, shape) is the row-major multi-index: unravel(5, [2, 3]) = [1, 2]", () => {
  expect(unravel(5, [2, 3])).toEqual([1, 2]);
  expect(unravel(0, [])).toEqual([]);
  expect(unravel(13, [2, 3, 4])).toEqual([1, 0, 1]);
});
