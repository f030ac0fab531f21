/**
 * `npm run calificar` on a folder of submissions (issue 19): a correct one, wrong ones, an
 * infinite loop, a syntax error, a pass claimed on wrong code, a hostile file (a formula as the
 * name, HTML, __proto__, an exercise the site no longer has, code of an older version), and files
 * that are not submissions (malformed, another course's, a version 1 export without a name,
 * 50 MB). The gradebook must equal test/e2e/entregas/notas-esperadas.csv; the detail must say why.
 * Runs the real command: the student code runs only in the built site, in headless Chromium.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, expect, test } from "vitest";

const fixtures = "test/e2e/entregas";
const work = "test-results/calificar";
const submissions = join(work, "entregas");
let result: ReturnType<typeof spawnSync>;

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(submissions, { recursive: true });
  for (const name of readdirSync(fixtures).filter((n) => n.endsWith(".json"))) {
    copyFileSync(join(fixtures, name), join(submissions, name));
  }
  // Files no one should commit: a truncated export and a 50 MB one.
  writeFileSync(
    join(submissions, "malformado.json"),
    '{"formato": "mis-ejercicios", "ejercicios": [',
  );
  writeFileSync(join(submissions, "enorme.json"), Buffer.alloc(50 * 2 ** 20, 32));
  const files = readdirSync(submissions)
    .sort()
    .map((n) => join(submissions, n));
  result = spawnSync(
    "npx",
    ["tsx", "scripts/calificar.ts", ...files, "--salida", join(work, "notas.csv")],
    { encoding: "utf-8", timeout: 300_000 },
  );
}, 320_000);

/** Rows of an RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (row.push(field), (field = ""));
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      ((row = []), (field = ""), i++);
    } else field += c;
  }
  return rows;
}

/** The detail's rows as objects, by its header. */
const detail = () => {
  const [header, ...rows] = parseCsv(readFileSync(join(work, "notas-detalle.csv"), "utf-8"));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
};

test("the gradebook equals the expected one: status claims ignored, code re-run", () => {
  expect(result.stderr).not.toMatch(/calificar: /);
  expect(result.status).toBe(0);
  expect(readFileSync(join(work, "notas.csv"), "utf-8")).toBe(
    readFileSync(join(fixtures, "notas-esperadas.csv"), "utf-8"),
  );
});

test("the detail gives each verdict's Spanish message", () => {
  const rows = detail();
  const row = (archivo: string, ejercicio: string) =>
    rows.find((r) => r.archivo === archivo && r.ejercicio === ejercicio);
  expect(row("beto-incorrecto.json", "prob-bayes-consultorio")).toMatchObject({
    identificacion: "A-002",
    nombre: "Beto Ruiz",
    veredicto: "incorrecto",
    mensaje:
      "Tu resultado es 0.12, que no es el valor esperado. Eso es P(H ∩ F) = P(H) · P(F | H): falta dividir entre P(F).",
  });
  expect(row("eva-trampa.json", "prob-bayes-consultorio")).toMatchObject({
    veredicto: "incorrecto",
    mensaje: expect.stringMatching(
      /^Con otros datos \(`pF` = [\d.]+, `pH` = [\d.]+, `pFdadoH` = [\d.]+\), tu resultado es 0\.48/,
    ),
  });
  expect(row("carla-bucle.json", "prob-bayes-consultorio")).toMatchObject({
    veredicto: "tiempo agotado",
    mensaje: expect.stringMatching(/^Tu código tardó más de 5 s y se detuvo/),
  });
  expect(row("dario-sintaxis.json", "prob-bayes-consultorio")).toMatchObject({
    veredicto: "error",
    mensaje: expect.stringMatching(/^Error de sintaxis en la línea 1, columna 12/),
  });
  expect(row("hostil.json", "info-kl")).toMatchObject({
    nombre: `'=HYPERLINK("http://ejemplo.com","nota")`,
    veredicto: "error",
    mensaje: expect.stringMatching(/«P» ya existe.*Nota: el código es de la versión 1/s),
  });
  expect(row("ana-correcto.json", "vect-punto")).toMatchObject({
    veredicto: "correcto",
    mensaje: "¡Correcto!",
  });
  expect(row("ana-correcto.json", "info-kl")).toMatchObject({
    veredicto: "sin intentar",
    mensaje: "El archivo no trae código para este ejercicio.",
  });
});

test("bad files are reported one by one, with a reason, and never stop the batch", () => {
  const rows = detail();
  const errors = rows.filter((r) => r.veredicto === "error" && r.ejercicio === "");
  expect(errors.map((r) => [r.archivo, r.mensaje])).toEqual([
    [
      "antiguo.json",
      expect.stringMatching(/^No se calificó el archivo: el archivo no dice de quién es/),
    ],
    ["enorme.json", expect.stringMatching(/^No se calificó el archivo: el archivo pesa 50\.0 MB/)],
    [
      "malformado.json",
      expect.stringMatching(/^No se calificó el archivo: El archivo no es JSON válido/),
    ],
    [
      "otro-curso.json",
      expect.stringMatching(
        /^No se calificó el archivo: El archivo no es una exportación de «Mis ejercicios»/,
      ),
    ],
  ]);
  const warnings = rows
    .filter((r) => r.archivo === "hostil.json" && r.veredicto === "aviso")
    .map((r) => r.mensaje);
  expect(warnings).toEqual([
    "El ejercicio «ejercicio-que-ya-no-existe» ya no existe en el sitio: no se califica.",
    "«info-kl»: el código es de la versión 1 del ejercicio, que ahora es la versión 2: se calificó con la actual.",
  ]);
});

test("prints the progress and a summary per exercise", () => {
  expect(result.stderr).toContain("Calificando: 10/10 archivos");
  expect(result.stdout).toContain("6 de 10 archivos calificados; 4 no se pudieron calificar:");
  expect(result.stdout).toContain(
    "prob-bayes-consultorio (Bayes: el consultorio, con otros números): 1 de 5 que lo intentaron lo resolvieron; lo más común entre los demás (1): «",
  );
  expect(result.stdout).toContain(
    "tensor-crear (Crea un tensor 3D): 2 de 3 que lo intentaron lo resolvieron",
  );
});
