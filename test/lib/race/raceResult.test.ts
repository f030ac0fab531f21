import { expect, test } from "vitest";
import {
  contenderKey,
  raceSpeedup,
  rankResults,
  type ContenderResult,
  type ContenderSpec,
} from "../../../lib/race/raceResult.js";

function result(spec: ContenderSpec, msForN: number | undefined, status = "ok"): ContenderResult {
  return {
    spec,
    key: contenderKey(spec),
    n: 1000,
    computedN: 1000,
    status: status as "ok" | "error",
    msForN,
    extrapolated: false,
  };
}

const loop = result({ kind: "tfjsLoop", backend: "webgpu", formulation: null }, 400);
const js = result({ kind: "jsLoop", backend: null, formulation: null }, 3);
const wasm = result({ kind: "vectorized", backend: "wasm", formulation: "blockedSum" }, 2);
const webgl = result({ kind: "vectorized", backend: "webgl", formulation: "sumMul" }, 4);
const broken = result(
  { kind: "vectorized", backend: "cpu", formulation: "matMul" },
  undefined,
  "error",
);

test("contenderKey names kind, backend and formulation: vectorized:wasm:blockedSum, jsLoop:js:-", () => {
  expect(wasm.key).toBe("vectorized:wasm:blockedSum");
  expect(js.key).toBe("jsLoop:js:-");
});

test("rankResults puts the finished contenders fastest first and drops the failed ones", () => {
  expect(rankResults([loop, webgl, broken, js, wasm]).map((r) => r.key)).toEqual([
    wasm.key,
    js.key,
    webgl.key,
    loop.key,
  ]);
});

test("raceSpeedup: a loop at 400 ms against vectorized contenders at 2 and 4 ms is 200×", () => {
  const s = raceSpeedup([loop, js, wasm, webgl]);
  expect(s?.speedup).toBe(200);
  expect(s?.fast).toBe(wasm);
  expect(raceSpeedup([loop, js, wasm], "jsLoop")?.speedup).toBe(1.5);
});

test("raceSpeedup is null when the loop or every vectorized contender failed", () => {
  expect(raceSpeedup([js, wasm])).toBeNull();
  expect(raceSpeedup([loop, broken])).toBeNull();
});
