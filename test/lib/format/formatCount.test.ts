import { expect, test } from "vitest";
import { DIGIT_GROUP, formatCount, groupThousands } from "../../../lib/format/formatCount.js";
import { expectRangeError } from "../expectRangeError.js";

/** Writes the digit groups of a readable string with the real separator. */
const g = (text: string) => text.replace(/(?<=\d) (?=\d)/g, DIGIT_GROUP);

test("formatCount(100000000) = «100 000 000», grouped with narrow no-break spaces", () => {
  expect(formatCount(100_000_000)).toBe(g("100 000 000"));
});

test("formatCount leaves numbers below 1000 alone and keeps the sign", () => {
  expect(formatCount(999)).toBe("999");
  expect(formatCount(0)).toBe("0");
  expect(formatCount(-12345)).toBe(g("-12 345"));
});

test("formatCount rounds a non-integer first: 1234.6 → «1 235»", () => {
  expect(formatCount(1234.6)).toBe(g("1 235"));
});

test("formatCount(NaN) throws a Spanish RangeError", () => {
  expectRangeError(() => formatCount(NaN), "formatCount: NaN no es un número finito");
});

test("groupThousands groups only the integer part, keeping the sign and the decimals", () => {
  expect(groupThousands("24137569")).toBe("24\u202f137\u202f569");
  expect(groupThousands("−17576.25")).toBe("−17\u202f576.25");
  expect(groupThousands("0.000123")).toBe("0.000123");
  expect(groupThousands("999")).toBe("999");
  expect(groupThousands("20280", "{\\,}")).toBe("20{\\,}280");
});
