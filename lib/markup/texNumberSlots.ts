/**
 * texNumberSlots(source) splits a TeX formula into its shape and its numbers: every number
 * literal (digits with an optional decimal part, not right after a letter, `\`, `_` or `^`,
 * so `\log_2`, `x^2` and `\frac12` keep their structure) becomes a slot. `shape` is the source
 * with each slot as `#` (two formulas of the same shape differ only in their numbers);
 * `slotted` wraps slot i as `\htmlData{slot=i}{…}`, for KaTeX to mark where each number is.
 */
export interface TexNumberSlots {
  shape: string;
  numbers: string[];
  slotted: string;
}

const NUMBER = /(?<![A-Za-z\\_^\d.])\d+(?:\.\d+)?/g;

export function texNumberSlots(source: string): TexNumberSlots {
  const numbers = source.match(NUMBER) ?? [];
  let i = 0;
  return {
    shape: source.replace(NUMBER, "#"),
    numbers,
    slotted: source.replace(NUMBER, (n) => `\\htmlData{slot=${i++}}{${n}}`),
  };
}
