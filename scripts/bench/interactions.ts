/**
 * The controls the benchmark moves: for each, the page, the visible label of the control, and
 * what to set on move i: a position in the slider's range (sweeping back and forth) or, for a
 * text or number box, one of a few values in turn.
 */
export interface Interaction {
  page: string;
  /** The control's visible label (exactly, or else the first label starting with it). */
  label: string;
  /** "js": pure-JS update (budget p95 ≤ 16 ms); "tfjs": tfjs computes per move (≤ 50 ms). */
  kind: "js" | "tfjs";
  /** Slider position for move i, in [0, 1] of its range. */
  position?: (move: number) => number;
  /** Values typed into a box, one per move, in turn. */
  values?: readonly string[];
}

/** A triangle wave between lo and hi (fractions of the range), in `steps` steps each way. */
export const sweep =
  (lo: number, hi: number, steps = 20) =>
  (move: number): number => {
    const phase = move % (2 * steps);
    const t = phase <= steps ? phase / steps : (2 * steps - phase) / steps;
    return lo + (hi - lo) * t;
  };

/** The value to set on move i, as text (a slider's is computed from its min and max). */
export function valueFor(
  interaction: Interaction,
  move: number,
  range?: { min: number; max: number },
): string {
  if (interaction.values) return interaction.values[move % interaction.values.length];
  if (!interaction.position || !range)
    throw new Error(`«${interaction.label}» no es un deslizador`);
  return String(range.min + (range.max - range.min) * interaction.position(move));
}

export const INTERACTIONS: Interaction[] = [
  { page: "/informacion", label: "p = P(cara)", kind: "js", position: sweep(0.02, 0.98) },
  // The KL divergence: one of Q's weights, typed; P, Q, D_KL and the terms chart update.
  {
    page: "/informacion",
    label: "Q (la aproximación): peso de x₁",
    kind: "js",
    values: ["0.1", "0.3", "0.6", "1", "2", "4"],
  },
  { page: "/probabilidad", label: "P(E): prevalencia", kind: "js", position: sweep(0.01, 0.3) },
  {
    page: "/probabilidad",
    label: "P(F): el paciente finge",
    kind: "js",
    position: sweep(0.3, 0.9),
  },
  // The broadcasting debugger: B's shape, typed (A is (2,3)). The explanation is pure JS, but
  // the page also adds A + B with tfjs (tf.add) on every change to draw the result grid.
  {
    page: "/vectorizacion",
    label: "Forma de B",
    kind: "tfjs",
    values: ["(3,)", "(1,3)", "(2,1)", "(2,)", "()", "(2,3)"],
  },
  { page: "/derivadas", label: "Peso w", kind: "tfjs", position: sweep(0.05, 0.95) },
  // The chain rule's x: every link, KaTeX step and the tfjs derivative are recomputed.
  { page: "/derivadas", label: "x", kind: "tfjs", position: sweep(0.2, 0.8) },
];
