/**
 * The rules only a run can check (lib/exercises/runRules.ts), on the bypasses of issue 25:
 * each computes the right dot product of the exercise's vectors, and each must be caught.
 */
import { describe, expect, test } from "vitest";
import { MAX_CALLS } from "../../../lib/exercises/runRules.js";
import { run } from "./sandbox.js";

const NO_LOOPS = [{ kind: "noLoops" as const }];
const u = [0.5, 0.25, 2, 4, 1, 3, 0.5, 1, 2, 1, 0.5, 0.25, 2, 4, 1, 3, 0.5, 1, 2, 1];
const v = [2, 4, 0.5, 0.25, 1, 1, 2, 0.5, 1, 3, 2, 4, 0.5, 0.25, 1, 1, 2, 0.5, 1, 3];
const inputs = {
  u: { kind: "tensor" as const, shape: [20], values: u, dtype: "float32" as const },
};
const dot = u.reduce((s, x, i) => s + x * v[i], 0);
// Each bypass reads the data first; `b` is v as a plain array.
const PRELUDE = `const a = Array.from(await u.data());\nconst b = ${JSON.stringify(v)};\n`;

describe("«sin ciclos» at run time", () => {
  test.each([
    [
      "Array.prototype.reduce.call",
      "return Array.prototype.reduce.call(a, (s, x, i) => s + x * b[i], 0);",
      "`Array.reduce(…)`",
    ],
    [
      "a computed method name",
      "return a['redu' + 'ce']((s, x, i) => s + x * b[i], 0);",
      "`Array.reduce(…)`",
    ],
    [
      "Reflect.apply",
      "return Reflect.apply(Array.prototype.reduce, a, [(s, x, i) => s + x * b[i], 0]);",
      "`Array.reduce(…)`",
    ],
    [
      "a replace callback",
      'let w = 0;\n"x".repeat(a.length).replace(/x/g, (_, i) => { w += a[i] * b[i]; return ""; });\nreturn w;',
      "`String.replace(…)`",
    ],
    [
      "Float64Array.from",
      "let w = 0;\nFloat64Array.from(a, (x, i) => (w += x * b[i]));\nreturn w;",
      "`.from(…)`",
    ],
    [
      "a sort comparator",
      "let w = 0, i = 0;\n[...a].sort(() => { w += a[i] * b[i]; i++; return 0; });\nreturn w;",
      "`Array.sort(…)`",
    ],
  ])("a function run by a built-in is a loop: %s", async (_name, body, by) => {
    const result = await run(PRELUDE + body, { constraints: NO_LOOPS, inputs });
    expect(result.violations).toEqual([
      expect.objectContaining({
        kind: "noLoops",
        message: expect.stringContaining(`la ejecuta ${by}`),
      }),
    ]);
    // The cell was stopped at the first call, not left to finish.
    expect(result.status).toBe("error");
  });

  test("recursion over the elements runs one function too many times", async () => {
    const body =
      "const f = (lo, hi) => hi - lo === 1 ? a[lo] * b[lo] : f(lo, (lo + hi) >> 1) + f((lo + hi) >> 1, hi);\nreturn f(0, a.length);";
    const result = await run(PRELUDE + body, { constraints: NO_LOOPS, inputs });
    expect(result.violations).toEqual([
      expect.objectContaining({
        line: 3,
        message: expect.stringContaining(`tu función \`f\` se ejecutó más de ${MAX_CALLS} veces`),
      }),
    ]);
  });

  test("a function iterated by a spread of a hand-made iterator is caught by its count", async () => {
    const body =
      "let i = 0;\nconst it = { [Symbol.iterator]() { return { next: () => ({ done: i >= 3 * a.length, value: i++ }) }; } };\nreturn [...it].length;";
    const result = await run(PRELUDE + body, { constraints: NO_LOOPS, inputs });
    expect(result.violations[0]?.message).toMatch(/se ejecutó más de \d+ veces/);
  });

  test("catching the rule's error does not hide the broken rule", async () => {
    const body =
      "let w;\ntry { w = a.reduce((s, x, i) => s + x * b[i], 0); } catch { w = 0; }\nreturn w;";
    // `.reduce` by name is also a syntax violation; through .call only the run sees it.
    const hidden = body.replace("a.reduce(", "Array.prototype.reduce.call(a, ");
    const result = await run(PRELUDE + hidden, { constraints: NO_LOOPS, inputs });
    expect(result.status).toBe("ok");
    expect(result.violations).toHaveLength(1);
  });

  test("vectorized code, helpers called a few times and Promise executors are not loops", async () => {
    const body = [
      "const mul = (x, y) => x.mul(y);",
      "const total = (t) => t.sum();",
      `const w = await new Promise((resolve) => resolve(total(mul(u, tf.tensor1d(${JSON.stringify(v)})))));`,
      "return tf.tidy(() => w.add(0));",
    ].join("\n");
    const result = await run(body, { constraints: NO_LOOPS, inputs });
    expect(result).toMatchObject({ status: "ok", violations: [] });
    expect(result.status === "ok" && result.value).toMatchObject({ kind: "tensor", values: [dot] });
  });

  test("without «sin ciclos», callbacks run freely", async () => {
    const result = await run(PRELUDE + "return a.reduce((s, x, i) => s + x * b[i], 0);", {
      inputs,
    });
    expect(result).toMatchObject({ status: "ok", value: { kind: "number", value: dot } });
  });
});

describe("required calls at run time", () => {
  const grad = [{ kind: "requireCall" as const, calls: ["tf.grad"], message: "Usa `tf.grad`." }];
  const reshape = [
    { kind: "requireCall" as const, calls: [".reshape"], message: "Usa `reshape`." },
  ];

  test("a tf.grad that never runs does not count", async () => {
    const result = await run("if (false) tf.grad((x) => x);\nreturn 25;", { constraints: grad });
    expect(result.violations).toEqual([
      expect.objectContaining({
        kind: "requireCall",
        message: expect.stringContaining("no se ejecutó"),
      }),
    ]);
    expect(result.called).toEqual([]);
  });

  test("a tf.grad that runs counts, however it is reached", async () => {
    for (const code of [
      "return tf.grad((x) => x.square())(tf.scalar(3));",
      'return tf["grad"]((x) => x.square())(tf.scalar(3));',
    ]) {
      const result = await run(code, { constraints: grad });
      expect(result).toMatchObject({ status: "ok", violations: [], called: ["tf.grad"] });
    }
  });

  test("reshape counts only when the cell reshapes a real tensor", async () => {
    const fake = await run("[].reshape?.();\nreturn tf.ones([2, 1]);", { constraints: reshape });
    expect(fake.violations).toEqual([expect.objectContaining({ kind: "requireCall" })]);
    // as2D reshapes inside tfjs: that is tfjs's call, not the cell's.
    const inside = await run("tf.ones([2]).as2D(2, 1);\nreturn tf.ones([2, 1]).reshape([2, 1]);", {
      constraints: reshape,
    });
    expect(inside).toMatchObject({ violations: [], called: [".reshape"] });
    const viaTf = await run("return tf.reshape(tf.ones([2]), [2, 1]);", { constraints: reshape });
    expect(viaTf).toMatchObject({ violations: [], called: [".reshape"] });
    const notCell = await run("tf.ones([2]).as2D(2, 1);\nreturn tf.ones([2, 1]).reshape?.call;", {
      constraints: reshape,
    });
    expect(notCell.violations).toEqual([expect.objectContaining({ kind: "requireCall" })]);
  });
});
