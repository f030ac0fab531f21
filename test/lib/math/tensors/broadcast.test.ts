import { describe, expect, test } from "vitest";
import {
  BroadcastError,
  broadcastShapes,
  explainBroadcast,
} from "../../../../lib/math/tensors/broadcast.js";
import { expectRangeError } from "../../expectRangeError.js";

/** Calls broadcastShapes and returns the BroadcastError it throws. */
function broadcastError(...shapes: number[][]): BroadcastError {
  try {
    broadcastShapes(...shapes);
  } catch (e) {
    if (e instanceof BroadcastError) return e;
    throw e;
  }
  throw new Error(`broadcastShapes(${JSON.stringify(shapes)}) did not throw`);
}

describe("broadcastShapes: the lecture's cases", () => {
  test("broadcastShapes([3], []) = [3]: a vector plus a scalar (v + 100)", () => {
    expect(broadcastShapes([3], [])).toEqual([3]);
  });
  test("broadcastShapes([2, 3], [1, 3]) = [2, 3]", () => {
    expect(broadcastShapes([2, 3], [1, 3])).toEqual([2, 3]);
  });
  test("broadcastShapes([2, 3], [3]) = [2, 3]: np.array([10, 20, 30]) is padded to (1,3)", () => {
    expect(broadcastShapes([2, 3], [3])).toEqual([2, 3]);
  });
  test("broadcastShapes([2, 3], [2, 1]) = [2, 3]: the reshaped column (2,1)", () => {
    expect(broadcastShapes([2, 3], [2, 1])).toEqual([2, 3]);
  });
  test("broadcastShapes([2, 3], [2]) throws a BroadcastError at axis -1 with sizes 3 and 2", () => {
    const error = broadcastError([2, 3], [2]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("BroadcastError");
    expect(error.message).toBe(
      "no se pueden combinar (broadcast) las formas (2,3) (2,): en el eje -1 los tamaños 3 y 2 no son iguales ni 1",
    );
    expect(error.axis).toBe(-1);
    expect(error.axisFromLeft).toBe(1);
    expect(error.sizes).toEqual([3, 2]);
    expect(error.shapes).toEqual([[2, 3], [2]]);
  });
  test("broadcastShapes([3, 4], [4]) = [3, 4]: the nutrition table divided by its row of column sums", () => {
    expect(broadcastShapes([3, 4], [4])).toEqual([3, 4]);
  });
});

describe("broadcastShapes: any number of shapes", () => {
  test("broadcastShapes([8, 1, 6, 1], [7, 1, 5], [1, 5], []) = [8, 7, 6, 5]", () => {
    expect(broadcastShapes([8, 1, 6, 1], [7, 1, 5], [1, 5], [])).toEqual([8, 7, 6, 5]);
  });
  test("broadcastShapes() = []", () => {
    expect(broadcastShapes()).toEqual([]);
  });
  test("broadcastShapes([], []) = []: two scalars", () => {
    expect(broadcastShapes([], [])).toEqual([]);
  });
  test("broadcastShapes([2, 3]) = [2, 3], a copy", () => {
    const shape = [2, 3];
    const result = broadcastShapes(shape);
    expect(result).toEqual([2, 3]);
    expect(result).not.toBe(shape);
  });
  test("broadcastShapes([1, 1], [1]) = [1, 1]", () => {
    expect(broadcastShapes([1, 1], [1])).toEqual([1, 1]);
  });
  test("broadcastShapes([3], [1], [2], [4]) names every clashing size at axis -1", () => {
    const error = broadcastError([3], [1], [2], [4]);
    expect(error.message).toBe(
      "no se pueden combinar (broadcast) las formas (3,) (1,) (2,) (4,): en el eje -1 los tamaños 3, 2 y 4 no son iguales ni 1",
    );
    expect(error.sizes).toEqual([3, 1, 2, 4]);
  });
  test("broadcastShapes([2, 4], [3, 5]) reports the first clash from the right: axis -1", () => {
    const error = broadcastError([2, 4], [3, 5]);
    expect(error.axis).toBe(-1);
    expect(error.sizes).toEqual([4, 5]);
  });
  test("broadcastShapes([2, 3, 4], [5, 3, 4]) throws at axis -3 = axis 0 from the left", () => {
    const error = broadcastError([2, 3, 4], [5, 3, 4]);
    expect(error.axis).toBe(-3);
    expect(error.axisFromLeft).toBe(0);
    expect(error.sizes).toEqual([2, 5]);
  });
  test("broadcastShapes([5, 2, 3], [2]) counts axisFromLeft in the result: axis -1 is axis 2", () => {
    const error = broadcastError([5, 2, 3], [2]);
    expect(error.axis).toBe(-1);
    expect(error.axisFromLeft).toBe(2);
  });
  test("broadcastShapes([2, 3], [4, 2, 1]) = [4, 2, 3]: [2, 3] is padded to [1, 2, 3]", () => {
    expect(broadcastShapes([2, 3], [4, 2, 1])).toEqual([4, 2, 3]);
  });
  test("broadcastShapes([3], [2, 3], [4, 3]) reports sizes [1, 2, 4] at axis -2: 1 for the padded shape", () => {
    const error = broadcastError([3], [2, 3], [4, 3]);
    expect(error.axis).toBe(-2);
    expect(error.sizes).toEqual([1, 2, 4]);
    expect(error.message).toContain("en el eje -2 los tamaños 2 y 4 no son iguales ni 1");
  });
});

describe("broadcastShapes: zero-size axes", () => {
  test("broadcastShapes([0], [1]) = [0]: a 0 with a 1 gives 0", () => {
    expect(broadcastShapes([0], [1])).toEqual([0]);
  });
  test("broadcastShapes([0, 3], [3]) = [0, 3]", () => {
    expect(broadcastShapes([0, 3], [3])).toEqual([0, 3]);
  });
  test("broadcastShapes([0], [0]) = [0]", () => {
    expect(broadcastShapes([0], [0])).toEqual([0]);
  });
  test("broadcastShapes([0], [3]) throws a BroadcastError, like NumPy", () => {
    const error = broadcastError([0], [3]);
    expect(error.message).toContain("(0,) (3,): en el eje -1 los tamaños 0 y 3");
  });
});

describe("broadcastShapes: bad input", () => {
  test("broadcastShapes([2, -1]) throws a RangeError naming the negative size", () => {
    expectRangeError(
      () => broadcastShapes([2, -1]),
      "broadcastShapes: shapes[0][1] = -1",
      "entero ≥ 0",
    );
  });
  test("broadcastShapes([2], [2.5]) throws a RangeError naming the non-integer size", () => {
    expectRangeError(() => broadcastShapes([2], [2.5]), "broadcastShapes: shapes[1][0] = 2.5");
  });
  test("broadcastShapes([NaN]) throws a RangeError", () => {
    expectRangeError(() => broadcastShapes([NaN]), "shapes[0][0] = NaN");
  });
  test("broadcastShapes(3) throws a RangeError: a shape is an array", () => {
    expectRangeError(
      () => broadcastShapes(3 as unknown as number[]),
      "broadcastShapes: shapes[0] = 3",
    );
  });
});

describe("explainBroadcast", () => {
  test("explainBroadcast([2, 3], [3]) pads b to [1, 3]: 'iguales' at -1, 'estira B' at -2", () => {
    expect(explainBroadcast([2, 3], [3])).toEqual({
      a: [2, 3],
      b: [3],
      rank: 2,
      paddedA: [2, 3],
      paddedB: [1, 3],
      axes: [
        { axis: -1, sizeA: 3, sizeB: 3, padA: false, padB: false, verdict: "iguales", result: 3 },
        { axis: -2, sizeA: 2, sizeB: 1, padA: false, padB: true, verdict: "estira B", result: 2 },
      ],
      ok: true,
      result: [2, 3],
      error: null,
    });
  });
  test("explainBroadcast([2, 3], [2]) is not ok: 'incompatible' at -1, with broadcastShapes' message", () => {
    const explanation = explainBroadcast([2, 3], [2]);
    expect(explanation.ok).toBe(false);
    expect(explanation.result).toBeNull();
    expect(explanation.error).toBe(broadcastError([2, 3], [2]).message);
    expect(explanation.axes.map((s) => [s.verdict, s.result])).toEqual([
      ["incompatible", null],
      ["estira B", 2],
    ]);
  });
  test("explainBroadcast([2, 1], [1, 3]) stretches each in turn: 'estira A' at -1, 'estira B' at -2", () => {
    const explanation = explainBroadcast([2, 1], [1, 3]);
    expect(explanation.axes.map((s) => s.verdict)).toEqual(["estira A", "estira B"]);
    expect(explanation.result).toEqual([2, 3]);
  });
  test("explainBroadcast([], [3]) marks a's padded axis with padA", () => {
    const explanation = explainBroadcast([], [3]);
    expect(explanation.paddedA).toEqual([1]);
    expect(explanation.axes).toEqual([
      { axis: -1, sizeA: 1, sizeB: 3, padA: true, padB: false, verdict: "estira A", result: 3 },
    ]);
  });
  test("explainBroadcast([], []) has rank 0, no axes and result []", () => {
    expect(explainBroadcast([], [])).toMatchObject({ rank: 0, axes: [], ok: true, result: [] });
  });
  test("explainBroadcast([1], [0]) = [0]: 'estira A' to size 0", () => {
    const explanation = explainBroadcast([1], [0]);
    expect(explanation.axes[0].verdict).toBe("estira A");
    expect(explanation.result).toEqual([0]);
  });
  test("explainBroadcast(a, b).result = broadcastShapes(a, b) on the lecture's cases", () => {
    const cases: [number[], number[]][] = [
      [[3], []],
      [
        [2, 3],
        [1, 3],
      ],
      [[2, 3], [3]],
      [
        [2, 3],
        [2, 1],
      ],
    ];
    for (const [a, b] of cases)
      expect(explainBroadcast(a, b).result).toEqual(broadcastShapes(a, b));
  });
  test("explainBroadcast([2, -3], [3]) throws a RangeError naming a[1]", () => {
    expectRangeError(() => explainBroadcast([2, -3], [3]), "explainBroadcast: a[1] = -3");
  });
});
