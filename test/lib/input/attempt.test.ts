import { expect, test } from "vitest";
import { attempt } from "../../../lib/input/attempt.js";
import { bayes } from "../../../lib/math/probability/bayes.js";

test("attempt(() => bayes(0.1, 0.5, 0.4)) = {ok: true, value: 0.125}", () => {
  expect(attempt(() => bayes(0.1, 0.5, 0.4))).toEqual({ ok: true, value: 0.125 });
});

test("attempt(() => bayes(0.1, 0.5, 0)) returns the library's Spanish message, not NaN", () => {
  const result = attempt(() => bayes(0.1, 0.5, 0));
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toContain("P(A|B) solo está definida si P(B) > 0");
});

test("attempt rethrows errors that are not RangeErrors: they are bugs", () => {
  expect(() =>
    attempt(() => {
      throw new TypeError("bug");
    }),
  ).toThrow(TypeError);
});
