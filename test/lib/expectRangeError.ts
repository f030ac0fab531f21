import { expect } from "vitest";

/** Asserts that fn throws a RangeError whose message contains every fragment. */
export function expectRangeError(fn: () => unknown, ...fragments: string[]): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RangeError);
  for (const fragment of fragments) expect((error as RangeError).message).toContain(fragment);
}
