import { compile, type TopLevelSpec } from "vega-lite";
import { expect, test } from "vitest";
import {
  coinEntropySpec,
  conditionalSpec,
  entropyGaugeSpec,
  frequencySpec,
  klTermsSpec,
} from "../../src/components/probinfoSpecs.js";

const specs: [string, TopLevelSpec, string[]][] = [
  ["frequencySpec", frequencySpec("Frecuencia de cara"), ["recorrido", "teorica"]],
  ["coinEntropySpec", coinEntropySpec(), ["curva", "punto"]],
  ["entropyGaugeSpec", entropyGaugeSpec("bits", Math.log2(12)), ["medidas"]],
  ["klTermsSpec", klTermsSpec("bits"), ["terminos"]],
  ["conditionalSpec", conditionalSpec(), ["imagenes"]],
];

test.each(specs)("%s compiles to vega and reads its named datasets", (_, spec, names) => {
  const compiled = compile({ ...spec, width: 500, description: "prueba" } as TopLevelSpec).spec;
  const datasets = (compiled.data ?? []).map((d) => d.name);
  for (const name of names) expect(datasets).toContain(name);
  expect(compiled.description).toBe("prueba");
});

test("frequencySpec puts N on a log axis and the frequency on [0, 1]", () => {
  const json = JSON.stringify(frequencySpec("Frecuencia de cara"));
  expect(json).toContain('"type":"log"');
  expect(json).toContain('"domain":[0,1]');
  expect(json).toContain("Frecuencia de cara");
});
