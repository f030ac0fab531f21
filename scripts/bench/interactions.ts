/**
 * The sliders the benchmark moves: for each, the page, the visible label of the slider, and
 * where to put it on move i, as a fraction of its range (sweeping back and forth).
 */
export interface Interaction {
  page: string;
  /** The slider's visible label (exactly, or else the first label starting with it). */
  label: string;
  /** "js": pure-JS update (budget p95 ≤ 16 ms); "tfjs": tfjs computes per move (≤ 50 ms). */
  kind: "js" | "tfjs";
  /** Position for move i, in [0, 1] of the slider's range. */
  position: (move: number) => number;
}

/** A triangle wave between lo and hi (fractions of the range), in `steps` steps each way. */
export const sweep =
  (lo: number, hi: number, steps = 20) =>
  (move: number): number => {
    const phase = move % (2 * steps);
    const t = phase <= steps ? phase / steps : (2 * steps - phase) / steps;
    return lo + (hi - lo) * t;
  };

export const INTERACTIONS: Interaction[] = [
  { page: "/informacion", label: "p = P(cara)", kind: "js", position: sweep(0.02, 0.98) },
  { page: "/probabilidad", label: "P(E): prevalencia", kind: "js", position: sweep(0.01, 0.3) },
  {
    page: "/probabilidad",
    label: "P(F): el paciente finge",
    kind: "js",
    position: sweep(0.3, 0.9),
  },
  { page: "/derivadas", label: "Peso w", kind: "tfjs", position: sweep(0.05, 0.95) },
  // The chain rule's x: every link, KaTeX step and the tfjs derivative are recomputed.
  { page: "/derivadas", label: "x", kind: "tfjs", position: sweep(0.2, 0.8) },
];
