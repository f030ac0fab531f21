import { expect, test } from "vitest";
import { formatShape } from "../../../lib/format/formatShape.js";

test("formatShape([2, 3]) = '(2,3)'", () => {
  expect(formatShape([2, 3])).toBe("(2,3)");
});

test("formatShape([2]) = '(2,)', NumPy's 1-tuple", () => {
  expect(formatShape([2])).toBe("(2,)");
});

test("formatShape([]) = '()' for a scalar", () => {
  expect(formatShape([])).toBe("()");
});
