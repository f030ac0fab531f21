/**
 * useMathFont(url) makes the STIX Two Math font (scripts/vendor-math-font.ts) available to the
 * page's MathML formulas ($$ … $$, typeset at build time): the browser draws MathML with a math
 * font, and a system without one (most Linux desktops) falls back to a text font, with
 * unstretched brackets and misplaced scripts. The system's own STIX Two Math is used where it
 * exists (local()); otherwise the file at `url` is fetched, once per page, and the formulas are
 * redrawn with it when it arrives (display: swap). A page calls it with its FileAttachment's URL
 * (Framework copies a file into the site only when a page names it that way).
 */
let face: FontFace | null = null;

export function useMathFont(url: string): FontFace {
  if (face) return face;
  face = new FontFace(
    "STIX Two Math",
    `local("STIX Two Math"), local("STIXTwoMath-Regular"), url("${url}") format("woff2")`,
    { display: "swap" },
  );
  document.fonts.add(face);
  // A font that cannot load leaves the formulas in the fallback font: nothing to report.
  face.load().catch(() => {});
  return face;
}
