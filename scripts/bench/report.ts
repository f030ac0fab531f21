/** The benchmark report as a readable Markdown table (bench-results/report.md). */
import type { Report } from "./types.js";
import { pages } from "../../observablehq.config.js";
import { budgetChecks } from "./budgets.js";
import type { Summary } from "./summary.js";

/** A time in ms: one decimal, or three significant digits below 1 ms (the race at n = 10⁵). */
const t = (x: number) => (x < 1 ? x.toPrecision(3) : x.toFixed(1));
const ms = (s: Summary) => `${t(s.median)} (${t(s.min)}–${t(s.max)})`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export function renderMarkdown(report: Report): string {
  const lines: string[] = [];
  lines.push(
    `# Banco de pruebas — ${report.date}${report.quick ? " (modo rápido: no son resultados)" : ""}`,
  );
  lines.push("");
  lines.push(
    `Máquina: ${report.machine.cpus} núcleos, ${report.machine.memoryGiB} GiB, Chromium ${report.machine.chromium} sin interfaz (WebGPU sobre SwiftShader).`,
  );
  if (report.buildSeconds !== null) {
    lines.push(
      "",
      `Compilación desde caché vacía (\`npm run build\`): **${report.buildSeconds.toFixed(1)} s**.`,
    );
  }
  lines.push("", "## Carga de páginas", "");
  lines.push(
    "Cada corrida en un contexto nuevo (sin caché), ventana de 1280 × 720. **Asentada** = red en reposo 500 ms, ninguna celda pendiente (`observablehq-loading`) ni elemento `aria-busy`, y el DOM quieto 300 ms; se reporta el instante del último cambio del DOM desde el inicio de la navegación. Lo que está debajo del pliegue (gráficas, resultados de tfjs) se calcula cuando se acerca a la vista: **todo revelado** = desde que empieza un desplazamiento rápido hasta el final de la página hasta que se asienta otra vez. Mediana (mín–máx) en ms.",
    "",
  );
  lines.push(
    "| página | asentada (ms) | todo revelado (ms) | JS | CSS | WASM | carga tfjs |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const row of report.pageLoad) {
    lines.push(
      `| ${row.path} | ${ms(row.settledMs)} | ${ms(row.revealedMs)} | ${kb(row.bytes.js)} | ${kb(row.bytes.css)} | ${kb(row.bytes.wasm)} | ${row.loadsTfjs ? "sí" : "no"} |`,
    );
  }
  lines.push("", "## Latencia de controles", "");
  lines.push(
    "Del evento `input` al final del cuadro que pinta el último cambio del DOM que provocó: la salida completa en pantalla (texto, KaTeX, gráficas y resultados de tfjs). Un cambio hecho durante el dibujo de un cuadro (el runtime de Observable recalcula las celdas en `requestAnimationFrame`) lo pinta ese cuadro; cualquier otro, el siguiente; el final del cuadro es la primera tarea tras su dibujo (estilo, diseño y pintura). **Cuadro siguiente** = hasta el `requestAnimationFrame` posterior al último cambio (la medida anterior: cuenta un cuadro de más cuando el cambio ocurrió dentro de un cuadro). El control se centra en la pantalla antes de moverlo; 5 movimientos de calentamiento.",
    "",
  );
  lines.push(
    "| página | control | tipo | p50 (ms) | p95 (ms) | mín–máx | cuadro siguiente p50 / p95 (ms) | movimientos |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const row of report.interactions) {
    const s = row.latencyMs;
    const next = row.nextFrameMs;
    lines.push(
      `| ${row.page} | ${row.name} | ${row.kind} | ${s.median.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.min.toFixed(1)}–${s.max.toFixed(1)} | ${next.median.toFixed(1)} / ${next.p95.toFixed(1)} | ${s.runs} |`,
    );
  }
  lines.push("", "## Presupuestos (issue 9)", "");
  lines.push("| presupuesto | medido | ¿se cumple? |", "| --- | --- | --- |");
  const tfjsPages = pages.filter((page) => "tfjs" in page && page.tfjs).map((page) => page.path);
  for (const check of budgetChecks(report, tfjsPages)) {
    lines.push(`| ${check.budget} | ${check.measured} | ${check.met ? "✓" : "✗"} |`);
  }
  lines.push("", "## La carrera (producto punto)", "");
  lines.push(
    "Mismo protocolo que la página: entradas creadas y subidas antes de medir, calentamiento, un cálculo rápido repetido dentro de cada corrida hasta durar 5 ms (como `timeit`: tiempo por cálculo), mediana (mín–máx) de las corridas (15 por formulación; la página hace 7, y más, hasta 21, mientras todas juntas duren menos de 0,5 s), reloj detenido tras leer el resultado. «La del sitio» es la que eligió, en la misma corrida y justo antes, la medición rápida de la página (`lib/tf/formulationChoice.ts`). Razón = tiempo / tiempo de la formulación más rápida del mismo motor y n, medidos en la misma corrida.",
    "",
  );
  lines.push(
    "| motor | n | formulación | la del sitio | ms | razón | error relativo |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const row of report.race) {
    lines.push(
      `| ${row.backend} | ${row.n.toExponential(0)} | \`${row.formulation}\` | ${row.site ? "✓" : ""} | ${row.error ? `falló: ${row.error}` : ms(row.ms!)} | ${row.ratio === null ? "—" : row.ratio.toFixed(2)} | ${row.relativeError === null ? "—" : row.relativeError.toExponential(1)} |`,
    );
  }
  if (report.grading) {
    const g = report.grading;
    lines.push("", "## Calificar entregas (`npm run calificar`)", "");
    lines.push(
      `Una clase generada de ${g.submissions} estudiantes (scripts/bench/grading.ts): por ejercicio, la solución de referencia, el código inicial o nada. Cada ejercicio con código se califica como «Comprobar» (un _worker_ nuevo, tres corridas: los datos de la clase y dos nuevos), ${g.parallel} a la vez, en Chromium sin interfaz sobre el sitio compilado.`,
      "",
      "| entregas | ejercicios calificados | a la vez | tiempo total | por ejercicio | correctos / no |",
      "| --- | --- | --- | --- | --- | --- |",
      `| ${g.submissions} | ${g.exercises} | ${g.parallel} | ${g.seconds.toFixed(1)} s | ${g.msPerExercise.toFixed(0)} ms | ${g.correct} / ${g.notCorrect} |`,
    );
  }
  return lines.join("\n") + "\n";
}
