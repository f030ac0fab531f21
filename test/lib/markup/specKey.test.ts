import { expect, test } from "vitest";
import { specKey } from "../../../lib/markup/specKey.js";

test("specKey(spec) is the same at any width, height and description", () => {
  const bar = { mark: "bar", encoding: { x: { field: "a", type: "nominal" } } };
  expect(specKey({ ...bar, width: 300 })).toBe(specKey({ ...bar, width: 640, height: 120 }));
  expect(specKey({ ...bar, description: "uno" })).toBe(specKey(bar));
});

test("specKey(spec) differs when anything else differs, nested values included", () => {
  const spec = (title: string, domain: number[]) => ({
    mark: "line",
    params: [{ name: "xDomain", value: domain }],
    encoding: { y: { field: "loss", type: "quantitative", title } },
  });
  const keys = new Set([
    specKey(spec("bits", [0, 1])),
    specKey(spec("nats", [0, 1])),
    specKey(spec("bits", [0, 2])),
    specKey({ ...spec("bits", [0, 1]), autosize: "pad" }),
  ]);
  expect(keys.size).toBe(4);
});

test("specKey(spec) is 14 hex digits, stable across calls", () => {
  const key = specKey({ mark: "point" });
  expect(key).toMatch(/^[0-9a-f]{14}$/);
  expect(specKey({ mark: "point" })).toBe(key);
});
