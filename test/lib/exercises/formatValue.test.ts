import { expect, test } from "vitest";
import {
  capText,
  formatLogArguments,
  formatNumber,
  formatValue,
} from "../../../lib/exercises/formatValue.js";
import { toValue, type Value } from "../../../lib/exercises/value.js";
import { tf } from "./sandbox.js";

test("formatNumber keeps 6 significant digits and integers as they are", () => {
  expect(formatNumber(20280)).toBe("20280");
  expect(formatNumber(56 / 59)).toBe("0.949153");
  expect(formatNumber(-40 / 17 ** 6)).toBe("-0.00000165717");
  expect(formatNumber(NaN)).toBe("NaN");
  expect(formatNumber(-0)).toBe("0");
});

test("a 2-D tensor prints like NumPy, with aligned columns", () => {
  expect(
    formatValue(
      toValue(
        tf.tensor([
          [1, 2.5],
          [30, 4],
        ]),
      ),
    ),
  ).toBe("Tensor · forma [2, 2] · float32\n[[  1, 2.5],\n [ 30,   4]]");
});

test("a 3-D tensor separates its blocks with a blank line", () => {
  expect(formatValue(toValue(tf.tensor([[[1, 2]], [[3, 4]]], undefined, "int32")))).toBe(
    "Tensor · forma [2, 1, 2] · int32\n[[[1, 2]],\n\n [[3, 4]]]",
  );
});

test("a scalar tensor, a bool tensor and an empty tensor", () => {
  expect(formatValue(toValue(tf.scalar(25)))).toBe("Tensor · forma [] · float32\n25");
  expect(formatValue(toValue(tf.tensor([true, false], undefined, "bool")))).toBe(
    "Tensor · forma [2] · bool\n[ true, false]",
  );
  expect(formatValue(toValue(tf.zeros([2, 0])))).toBe("Tensor · forma [2, 0] · float32\n[[]]");
});

test("more than 1000 elements: long axes show their first and last 3", () => {
  const text = formatValue(toValue(tf.range(0, 2000)));
  expect(text).toBe("Tensor · forma [2000] · float32\n[   0,    1,    2, …, 1997, 1998, 1999]");
});

test("a tensor too large to send whole still prints its corners", () => {
  const text = formatValue(toValue(tf.range(0, 4_000_000).reshape([2000, 2000])));
  expect(text).toBe(
    "Tensor · forma [2000, 2000] · float32\n" +
      "[[      0,       1,       2, …,    1997,    1998,    1999],\n" +
      " [   2000,    2001,    2002, …,    3997,    3998,    3999],\n" +
      " [   4000,    4001,    4002, …,    5997,    5998,    5999],\n" +
      " …,\n" +
      " [3994000, 3994001, 3994002, …, 3995997, 3995998, 3995999],\n" +
      " [3996000, 3996001, 3996002, …, 3997997, 3997998, 3997999],\n" +
      " [3998000, 3998001, 3998002, …, 3999997, 3999998, 3999999]]",
  );
});

test("objects and arrays: inline when short, one entry per line with tensors", () => {
  expect(formatValue(toValue({ pq: 0.5, forma: [2, 3] }))).toBe("{ pq: 0.5, forma: [2, 3] }");
  expect(formatValue(toValue({ t: tf.tensor([1, 2]), n: 1 }))).toBe(
    "{\n  t: Tensor · forma [2] · float32\n    [1, 2],\n  n: 1\n}",
  );
});

test("console.log arguments: strings as they are, the rest formatted", () => {
  const args: Value[] = [toValue("w ="), toValue(3), toValue("hola")];
  expect(formatLogArguments(args)).toBe("w = 3 hola");
});

test("a cut string says it was cut and how long it was", () => {
  expect(formatValue({ kind: "string", value: "abc", length: 100_000 })).toBe(
    '"abc…" (recortado: 100\u202f000 caracteres)',
  );
});

test("capText cuts by lines and by characters, ending with «… (recortado)»", () => {
  expect(capText("a\nb\nc", { maxLines: 2 })).toBe("a\nb\n… (recortado: 3 líneas)");
  expect(capText("abcdef", { maxChars: 3 })).toBe("abc… (recortado: 6 caracteres)");
  expect(capText("a\nb", { maxLines: 5 })).toBe("a\nb");
  const lines = Array.from({ length: 500 }, () => "z".repeat(10_000)).join("\n");
  const shown = capText(lines, { maxChars: 50_000, maxLines: 200 });
  expect(shown.length).toBeLessThan(50_100);
  expect(shown.endsWith("(recortado: 5\u202f000\u202f499 caracteres)")).toBe(true);
});
