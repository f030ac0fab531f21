import { describe, expect, test } from "vitest";
import { DEFAULT_MEMORY_LIMIT } from "../../../lib/exercises/evaluate.js";
import { run } from "./sandbox.js";

describe("evaluate(code, { tf })", () => {
  test("returns what the cell returned, as a plain value", async () => {
    const result = await run("return tf.tensor([[1, 2], [3, 4]]).add(1);");
    expect(result).toMatchObject({
      status: "ok",
      value: { kind: "tensor", shape: [2, 2], dtype: "float32", values: [2, 3, 4, 5] },
      logs: [],
      violations: [],
      typescript: false,
    });
  });

  test("captures console.log and console.warn in order, tensors formatted", async () => {
    const result = await run(
      'console.log("hola", 1 + 1);\nconsole.warn("ojo", tf.tensor([1, 2]));',
    );
    expect(result.logs).toEqual([
      { level: "log", text: "hola 2" },
      { level: "warn", text: "ojo Tensor · forma [2] · float32\n[1, 2]" },
    ]);
    expect(result).toMatchObject({ status: "ok", value: { kind: "undefined" } });
  });

  test("keeps the first maxLogEntries lines and counts the rest", async () => {
    const result = await run("for (let i = 0; i < 10; i++) console.log(i);", { maxLogEntries: 3 });
    expect(result.logs.map((l) => l.text)).toEqual([
      "0",
      "1",
      "2",
      "… y 7 líneas más que no se muestran",
    ]);
  });

  test("streams each printed line through onLog", async () => {
    const seen: string[] = [];
    await run('console.log("a");\nconsole.error("b");', {
      onLog: (entry) => seen.push(entry.text),
    });
    expect(seen).toEqual(["a", "b"]);
  });

  test("accepts TypeScript: types are stripped before running", async () => {
    const result = await run(
      "const n: number = 3;\nconst t: tf.Tensor = tf.ones([n]);\nreturn t.sum();",
    );
    expect(result).toMatchObject({
      status: "ok",
      typescript: true,
      value: { kind: "tensor", values: [3] },
    });
  });

  test("awaits: top-level await works and a returned promise is resolved", async () => {
    const result = await run(
      "const data = await tf.tensor([1, 2]).data();\nreturn Array.from(data);",
    );
    expect(result).toMatchObject({ status: "ok", value: { kind: "array", length: 2 } });
  });

  test("a syntax error is reported with its line and column, and nothing runs", async () => {
    const onStart = () => {
      throw new Error("no debería ejecutarse");
    };
    const result = await run("const a = 1;\nconst b = (;\nreturn b;", { onStart });
    expect(result).toMatchObject({
      status: "error",
      error: {
        kind: "syntax",
        line: 2,
        column: 12,
        message: "Error de sintaxis en la línea 2, columna 12: símbolo inesperado.",
      },
    });
  });

  test("a runtime error is reported with its line, in Spanish", async () => {
    const result = await run("const a = 1;\n\nreturn a + b;");
    expect(result).toMatchObject({
      status: "error",
      error: {
        kind: "runtime",
        line: 3,
        message:
          "Error al ejecutar tu código en la línea 3: «b» no está definido: ¿un error de escritura, o falta declararlo con const o let?",
        detail: "ReferenceError: b is not defined",
      },
    });
  });

  test("a tfjs broadcasting error is explained with the lecture's rule", async () => {
    const result = await run("return tf.add(tf.ones([2, 3]), tf.ones([2]));");
    expect(result.status === "error" && result.error.message).toBe(
      "Error al ejecutar tu código en la línea 1: no se pueden combinar (broadcast) las formas (2,3) (2,): en el eje -1 los tamaños 3 y 2 no son iguales ni 1.",
    );
  });

  test("an allocation the engine cannot make is a memory error", async () => {
    const result = await run("return tf.zeros([100000, 100000]);");
    expect(result).toMatchObject({ status: "error", error: { kind: "memory" } });
    expect(result.status === "error" && result.error.message).toMatch(
      /más memoria de la que el navegador puede dar/,
    );
  });

  test("tensors beyond the memory budget stop the cell with a memory error", async () => {
    const result = await run("const xs = [];\nwhile (true) xs.push(tf.ones([1000, 1000]));", {
      memoryLimitBytes: 2 ** 24,
    });
    expect(result).toMatchObject({ status: "error", error: { kind: "memory", line: 2 } });
    expect(result.status === "error" && result.error.message).toMatch(/el límite es 16 MB/);
    // The budget is lifted afterwards: a later cell may allocate again.
    expect(
      (await run("return tf.ones([1000, 1000]).shape;", { memoryLimitBytes: 2 ** 24 })).status,
    ).toBe("ok");
    expect(DEFAULT_MEMORY_LIMIT).toBe(2 ** 28);
  });

  test("import() is refused before running", async () => {
    const result = await run('const m = await import("https://ejemplo.com/x.js");\nreturn m;');
    expect(result).toMatchObject({ status: "error", error: { kind: "forbidden", line: 1 } });
  });

  test("redeclaring tf is refused with a Spanish explanation", async () => {
    const result = await run("const tf = 3;\nreturn tf;");
    expect(result).toMatchObject({
      status: "error",
      error: { kind: "syntax", line: 1, column: 7 },
    });
    expect(result.status === "error" && result.error.message).toMatch(/«tf» ya existe/);
  });

  test("reports constraint violations along with the value", async () => {
    const result = await run("let s = 0;\nfor (const x of [1, 2]) s += x;\nreturn s;", {
      constraints: [{ kind: "noLoops" }],
    });
    expect(result).toMatchObject({ status: "ok", value: { kind: "number", value: 3 } });
    expect(result.violations).toEqual([expect.objectContaining({ kind: "noLoops", line: 2 })]);
  });

  test("calls onStart right before the cell runs and reports how long it ran", async () => {
    let started = false;
    const result = await run("return 1;", { onStart: () => (started = true) });
    expect(started).toBe(true);
    expect(result.status === "ok" && result.ms).toBeGreaterThanOrEqual(0);
  });

  test("routes another console to the capture while the cell runs (installConsole)", async () => {
    const other = { log: (..._args: unknown[]) => {} };
    const original = other.log;
    const result = await run("globalThis.__otherConsole.log('por el otro lado');", {
      installConsole(captured) {
        other.log = captured.log;
        (globalThis as Record<string, unknown>).__otherConsole = other;
        return () => {
          other.log = original;
          delete (globalThis as Record<string, unknown>).__otherConsole;
        };
      },
    });
    expect(result.logs).toEqual([{ level: "log", text: "por el otro lado" }]);
    expect(other.log).toBe(original);
  });
});
