import katex from "katex";
import { describe, expect, test } from "vitest";
import { texNumberSlots } from "../../../lib/markup/texNumberSlots.js";

describe("texNumberSlots", () => {
  test("numbers become slots; formulas that differ only in numbers share a shape", () => {
    const a = texNumberSlots(
      String.raw`H(0.300) = -\left[0.300\log_2 0.300 + 0.700\log_2 0.700\right] = 0.881`,
    );
    const b = texNumberSlots(
      String.raw`H(0.25) = -\left[0.25\log_2 0.25 + 0.75\log_2 0.75\right] = 0.811`,
    );
    expect(a.numbers).toEqual(["0.300", "0.300", "0.300", "0.700", "0.700", "0.881"]);
    expect(a.shape).toBe(String.raw`H(#) = -\left[#\log_2 # + #\log_2 #\right] = #`);
    expect(b.shape).toBe(a.shape);
  });

  test("subscripts, superscripts and a command's digits stay part of the shape", () => {
    const { numbers, shape } = texNumberSlots(String.raw`x^2 + \frac12 + x_{1} + e^{10} + 3x2`);
    expect(numbers).toEqual(["1", "10", "3"]);
    expect(shape).toBe(String.raw`x^2 + \frac12 + x_{#} + e^{#} + #x2`);
  });

  test("a sign or a thousands space changes the shape, not just the numbers", () => {
    expect(texNumberSlots("-0.5").shape).not.toBe(texNumberSlots("0.5").shape);
    expect(texNumberSlots("999").shape).not.toBe(texNumberSlots("1\\,000").shape);
  });

  test("KaTeX renders each slot as one run of text, in a span that names its slot", () => {
    const { slotted, numbers } = texNumberSlots(
      String.raw`\frac{0.01 \cdot 0.95}{0.059} = 0.161 = 16.1\,\%`,
    );
    const html = katex.renderToString(slotted, {
      output: "html",
      displayMode: true,
      trust: (context) => context.command === "\\htmlData",
      strict: (code: string) => (code === "htmlExtension" ? "ignore" : "warn"),
    });
    const slots = [...html.matchAll(/data-slot="(\d+)"><span class="mord">([^<]*)<\/span>/g)]
      .map(([, i, text]): [number, string] => [Number(i), text])
      .sort((x, y) => x[0] - y[0]);
    // A fraction's denominator comes first in KaTeX's HTML: slots are found by number.
    expect(html.indexOf('data-slot="2"')).toBeLessThan(html.indexOf('data-slot="0"'));
    expect(slots).toEqual(numbers.map((n, i) => [i, n]));
  });
});
