import { parse } from "acorn";
import { describe, expect, test } from "vitest";
import { checkConstraints, type Constraint } from "../../../lib/exercises/constraints.js";
import { PARSE_OPTIONS } from "../../../lib/exercises/prepare.js";

const check = (code: string, constraints: Constraint[]) =>
  checkConstraints(parse(code, PARSE_OPTIONS), constraints);
const noLoops: Constraint[] = [{ kind: "noLoops" }];

describe("checkConstraints(ast, [noLoops])", () => {
  test.each([
    ["for (let i = 0; i < 3; i++) {}", "un ciclo `for`"],
    ["for (const k in {}) {}", "un ciclo `for…in`"],
    ["for (const x of []) {}", "un ciclo `for…of`"],
    ["while (false) {}", "un ciclo `while`"],
    ["do {} while (false);", "un ciclo `do…while`"],
    ["[1, 2].map((x) => x * 2);", "`.map(…)`"],
    ["[1, 2].forEach(console.log);", "`.forEach(…)`"],
    ["[1, 2]?.reduce((a, b) => a + b);", "`.reduce(…)`"],
    ['[1, 2]["filter"]((x) => x);', "`.filter(…)`"],
    ["Array.from({ length: 3 }, (_, i) => i);", "`Array.from(…, función)`"],
  ])("%s is a loop: %s", (code, what) => {
    const [violation] = check(`const a = 1;\n${code}`, noLoops);
    expect(violation).toEqual({
      kind: "noLoops",
      line: 2,
      message: `Línea 2: usas ${what}${what.startsWith("`.") ? ", que recorre los elementos uno por uno (un ciclo disfrazado)" : what.startsWith("`Array") ? ", que recorre los elementos uno por uno" : ""}. Este ejercicio pide resolverlo sin ciclos explícitos: usa operaciones de tf que trabajen sobre el tensor completo (vectorizadas).`,
    });
  });

  test("words in comments and strings are not loops: the syntax tree is checked, not the text", () => {
    expect(
      check(
        '// for each column, while we can\nconst s = "for (;;) {}";\nreturn tf.sum(x);',
        noLoops,
      ),
    ).toEqual([]);
  });

  test("vectorized tf code passes", () => {
    expect(check("const A = tf.ones([3, 4]);\nreturn A.div(A.sum(0));", noLoops)).toEqual([]);
  });

  test("every loop is reported, in code order", () => {
    const lines = check("while (a) {}\nxs.map(f);\nfor (;;) {}", noLoops).map((v) => v.line);
    expect(lines).toEqual([1, 2, 3]);
  });
});

describe("checkConstraints(ast, [requireCall])", () => {
  const grad: Constraint = {
    kind: "requireCall",
    calls: ["tf.grad", "tf.valueAndGrad"],
    message: "usa tf.grad",
  };
  test("tf.grad(f) satisfies [tf.grad]; so does tf.valueAndGrad and tf['grad']", () => {
    expect(check("const d = tf.grad(f);", [grad])).toEqual([]);
    expect(check("tf.valueAndGrad(f)(x);", [grad])).toEqual([]);
    expect(check('tf["grad"](f);', [grad])).toEqual([]);
  });
  test("no call, or only a mention, is a violation with the exercise's message", () => {
    expect(check("// tf.grad(f)\nconst grad = tf.grad;", [grad])).toEqual([
      { kind: "requireCall", message: "usa tf.grad", line: null },
    ]);
  });
  test("'.reshape' matches any method call named reshape", () => {
    const reshape: Constraint = { kind: "requireCall", calls: [".reshape"], message: "reshape" };
    expect(check("u.reshape([2, 1]);", [reshape])).toEqual([]);
    expect(check("tf.reshape(u, [2, 1]);", [reshape])).toEqual([]);
    expect(check("tf.expandDims(u, 1);", [reshape])).toHaveLength(1);
  });
});

describe("checkConstraints(ast, [forbidCall])", () => {
  test("each forbidden call is reported with its line", () => {
    const rule: Constraint = {
      kind: "forbidCall",
      calls: [".arraySync"],
      message: "Trabaja con tensores.",
    };
    expect(check("const a = t.arraySync();\nconst b = t.arraySync();", [rule])).toEqual([
      {
        kind: "forbidCall",
        line: 1,
        message: "Línea 1: `t.arraySync(…)` no se permite aquí. Trabaja con tensores.",
      },
      {
        kind: "forbidCall",
        line: 2,
        message: "Línea 2: `t.arraySync(…)` no se permite aquí. Trabaja con tensores.",
      },
    ]);
  });
});
