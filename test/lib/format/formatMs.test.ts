import { expect, test } from "vitest";
import { DIGIT_GROUP } from "../../../lib/format/formatCount.js";
import { formatMs } from "../../../lib/format/formatMs.js";

test("formatMs keeps three significant digits below 100 ms", () => {
  expect(formatMs(0.012345)).toBe("0.0123 ms");
  expect(formatMs(1.3687610626220703)).toBe("1.37 ms");
  expect(formatMs(96.90570831298828)).toBe("96.9 ms");
});

test("formatMs rounds to whole, grouped milliseconds from 100 ms up", () => {
  expect(formatMs(479.0992736816406)).toBe("479 ms");
  expect(formatMs(32415.270566940308)).toBe(`32${DIGIT_GROUP}415 ms`);
});

test("formatMs of a non-finite number is a dash, never NaN", () => {
  expect(formatMs(NaN)).toBe("—");
  expect(formatMs(Infinity)).toBe("—");
});
