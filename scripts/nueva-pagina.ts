/**
 * `npm run nueva-pagina -- slug "Título"`: writes src/<slug>.md from a short template (a title,
 * a paragraph, one control, one result, one chart) and adds the page to `pages` in
 * observablehq.config.ts, so it shows in the sidebar and `npm test` checks it like the others.
 * The page passes `npm test` as written; docs/guia-docentes.md explains each part.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";

/** Paths Framework or the site already use. */
const RESERVED = new Set(["index", "404", "guia-ejemplos"]);

/** Why `slug` cannot name a new page (Spanish), or null when it can. */
export function slugProblem(slug: string): string | null {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug))
    return `«${slug}» no sirve como nombre de archivo: usa minúsculas sin acentos, números y guiones (por ejemplo «regla-de-bayes»)`;
  if (RESERVED.has(slug)) return `«${slug}» ya lo usa el sitio: elige otro nombre`;
  return null;
}

/** The page's Markdown: a title, a paragraph, one control, one result, one chart. */
export function pageTemplate(title: string): string {
  return `# ${title}

Presenta aquí la idea de la página. Este ejemplo calcula la entropía de una moneda: mueve el control y mira cómo cambian el resultado y la gráfica. Cambia este texto, el control, el cálculo y la gráfica por los tuyos (docs/guia-docentes.md explica cada parte).

\`\`\`js
import {entropy} from "./lib/math/information/entropy.js";
import {LiveRegion, showResult} from "./components/asyncRegion.js";
import {VegaChart} from "./components/vegaChart.js";
\`\`\`

\`\`\`js
const p = view(Inputs.range([0, 1], {label: "P(cara)", step: 0.01, value: 0.3}));
\`\`\`

\`\`\`js
const resultado = display(LiveRegion({label: "Entropía de la moneda", className: "resultado"}));
\`\`\`

\`\`\`js
showResult(resultado, \`Con P(cara) = \${p.toFixed(2)}, la entropía es \${entropy([p, 1 - p]).toFixed(3)} bits.\`);
\`\`\`

\`\`\`js
const grafica = display(VegaChart(
  {
    layer: [
      {data: {name: "curva"}, mark: "line", encoding: {x: {field: "p", type: "quantitative", title: "P(cara)"}, y: {field: "h", type: "quantitative", title: "H (bits)"}}},
      {data: {name: "punto"}, mark: {type: "point", filled: true, size: 80}, encoding: {x: {field: "p", type: "quantitative"}, y: {field: "h", type: "quantitative"}}}
    ]
  },
  {width: Math.min(width, 640) - 60, description: "Entropía de una moneda en función de P(cara), con un punto en la P elegida"}
));
grafica.update({curva: Array.from({length: 101}, (_, i) => ({p: i / 100, h: entropy([i / 100, 1 - i / 100])}))});
\`\`\`

\`\`\`js
grafica.update({punto: [{p, h: entropy([p, 1 - p])}]});
\`\`\`
`;
}

/** The config with `{name: title, path: "/slug"}` added at the end of `pages`, formatted. */
export async function addToPages(
  config: string,
  slug: string,
  title: string,
  configPath = "observablehq.config.ts",
): Promise<string> {
  const start = config.indexOf("export const pages = [");
  const end = start < 0 ? -1 : config.indexOf("\n];", start);
  if (end < 0)
    throw new Error("no encuentro `export const pages = [ … ];` en observablehq.config.ts");
  if (config.slice(start, end).includes(`path: "/${slug}"`))
    throw new Error(`/${slug} ya está en pages (observablehq.config.ts)`);
  const entry = `\n  { name: ${JSON.stringify(title)}, path: "/${slug}" },`;
  const updated = config.slice(0, end) + entry + config.slice(end);
  const options = await resolveConfig(configPath);
  return format(updated, { ...options, parser: "typescript" });
}

if (process.argv[1]?.endsWith("nueva-pagina.ts")) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const [slug = "", title = "", ...rest] = process.argv.slice(2);
  const fail = (message: string) => {
    console.error(`nueva-pagina: ${message}`);
    process.exit(1);
  };
  if (!slug || !title.trim() || rest.length > 0)
    fail('uso: npm run nueva-pagina -- slug "Título de la página" (el título entre comillas)');
  const problem = slugProblem(slug);
  if (problem) fail(problem);
  const page = join(root, "src", `${slug}.md`);
  if (existsSync(page)) fail(`src/${slug}.md ya existe: elige otro nombre o edita esa página`);
  const configPath = join(root, "observablehq.config.ts");
  try {
    const config = await addToPages(
      readFileSync(configPath, "utf-8"),
      slug,
      title.trim(),
      configPath,
    );
    writeFileSync(page, pageTemplate(title.trim()));
    writeFileSync(configPath, config);
  } catch (error) {
    fail((error as Error).message);
  }
  console.error(
    `nueva-pagina: src/${slug}.md creada y agregada a pages en observablehq.config.ts («${title.trim()}»).\n` +
      `Con npm run dev, ábrela en http://127.0.0.1:3000/${slug}; npm test la revisa como a las demás.`,
  );
}
