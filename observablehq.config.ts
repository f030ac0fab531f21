import { displayMath } from "./scripts/markdown-math.js";
import { staticTex } from "./scripts/markdown-static-tex.js";

/**
 * Observable Framework configuration for the course site.
 * Offline by design: no Google Fonts (globalStylesheets is empty), no CDN (see
 * scripts/offline-npm-cache.ts), and telemetry disabled in every npm script.
 */
/** `tfjs: true` marks the pages that compute with tfjs (the benchmark's budgets use it). */
export const pages = [
  { name: "Vectores, matrices y tensores", path: "/tensores", tfjs: true },
  { name: "Vectorización y broadcasting", path: "/vectorizacion", tfjs: true },
  { name: "Derivadas y gradientes", path: "/derivadas", tfjs: true },
  { name: "Probabilidad", path: "/probabilidad" },
  { name: "Teoría de la información", path: "/informacion" },
  { name: "Ejercicios", path: "/ejercicios" },
];

/**
 * The math font comes with every page: $$ … $$ formulas are MathML (scripts/markdown-math.ts),
 * drawn by the browser with a math font (src/style.css), and a system without one (most Linux
 * desktops) falls back to a text font, with unstretched brackets and misplaced scripts. The link
 * makes Framework copy STIX Two Math (scripts/vendor-math-font.ts) into the site and gives its
 * URL; the face uses the system's own STIX Two Math where there is one, else that file, which
 * the browser fetches only on a page whose formulas use it.
 */
const MATH_FONT = `<link rel="math-font" href="./vendor/stix-two-math.woff2">`;
const MATH_FONT_FACE = `{
  const href = document.querySelector('link[rel="math-font"]').href;
  const src = \`local("STIX Two Math"), local("STIXTwoMath-Regular"), url("\${href}") format("woff2")\`;
  document.fonts.add(new FontFace("STIX Two Math", src, { display: "swap" }));
}`;

/**
 * Observable's Inputs.range labels its number box but not its slider, which a screen reader then
 * announces without a name: every slider added to a page gets its form's label as its name
 * (test/e2e/pages.test.ts checks that every control has one).
 */
const SLIDER_NAMES = `new MutationObserver((records) => {
  for (const { addedNodes } of records)
    for (const node of addedNodes)
      for (const slider of node.querySelectorAll?.("form input[type=range]:not([aria-label])") ?? []) {
        const label = slider.labels.length ? "" : slider.form?.querySelector("label")?.textContent.trim();
        if (label) slider.setAttribute("aria-label", label);
      }
}).observe(document, { childList: true, subtree: true });`;

export default {
  root: "src",
  // Where the build writes: dist/, or another folder (scripts/build.ts --salida).
  output: process.env.FMB_SALIDA ?? "dist",
  title: "Fundamentos Matemáticos Básicos II",
  pages,
  pager: true,
  toc: { show: true, label: "En esta página" },
  search: false,
  // $$ … $$ blocks are typeset at build time (MathML: no JavaScript on the page for them), and so
  // are `tex` fences and ${tex`…`} without interpolation (KaTeX's HTML and MathML).
  markdownIt: (md: Parameters<typeof displayMath>[0]) => staticTex(displayMath(md)),
  theme: "air",
  globalStylesheets: [],
  style: "style.css",
  head: `<link rel="icon" href="data:,">${MATH_FONT}<script>${MATH_FONT_FACE}
${SLIDER_NAMES}
// The build also writes these into the static HTML (scripts/localize-html.ts).
document.documentElement.lang = "es";
addEventListener("DOMContentLoaded", () => {
  const toggle = document.getElementById("observablehq-sidebar-toggle");
  toggle?.setAttribute("title", "Mostrar u ocultar el menú");
  toggle?.setAttribute("aria-label", "Mostrar u ocultar el menú");
});</script>`,
  footer: `Clase 3 de <em>Modelos Generativos Profundos — un enfoque desde la creatividad computacional</em> · Sitio interactivo hecho con Observable Framework y TensorFlow.js.`,
};
