import { expect, test } from "vitest";
import { explainBackendFailure } from "../../../lib/race/backendFailure.js";

test("explainBackendFailure recognises WebGL's texture limit and keeps tfjs's text", () => {
  const text = explainBackendFailure(
    new Error(
      "Requested texture size [8193x8193] greater than WebGL maximum on this browser / GPU [8192x8192].",
    ),
  );
  expect(text).toMatch(/^pide una textura más grande que el máximo de WebGL/);
  expect(text).toContain("detalle técnico: Requested texture size [8193x8193]");
});

test("explainBackendFailure recognises WebGPU's buffer limit and running out of memory", () => {
  expect(
    explainBackendFailure(
      new Error("Buffer size (400000000) exceeds the max buffer size limit (268435456)."),
    ),
  ).toMatch(/^pide un búfer más grande que el máximo que WebGPU/);
  expect(explainBackendFailure(new RangeError("Array buffer allocation failed"))).toMatch(
    /^se quedó sin memoria/,
  );
});

test("explainBackendFailure says «falló al calcular» for anything else, strings included", () => {
  expect(explainBackendFailure("boom")).toBe("falló al calcular — detalle técnico: boom");
  expect(explainBackendFailure(new Error(""))).toBe("falló al calcular");
});
