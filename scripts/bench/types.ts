/** The benchmark report's shape: what run.ts measures and report.ts and budgets.ts read. */
import type { Summary } from "./summary.js";

export interface PageLoadRow {
  path: string;
  settledMs: Summary;
  /**
   * After it settled: from the start of a quick scroll to the bottom (what is below the fold
   * is computed and drawn when it comes near the viewport) until the page settles again.
   */
  revealedMs: Summary;
  bytes: { js: number; css: number; wasm: number; other: number };
  loadsTfjs: boolean;
}

export interface InteractionRow {
  page: string;
  name: string;
  kind: "js" | "tfjs";
  /** Input to the end of the frame that painted the last change (the budgeted figure). */
  latencyMs: Summary;
  /** Input to the requestAnimationFrame callback after the last change (for comparison). */
  nextFrameMs: Summary;
}

export interface Report {
  date: string;
  quick: boolean;
  machine: { cpus: number; memoryGiB: number; chromium: string };
  buildSeconds: number | null;
  pageLoad: PageLoadRow[];
  interactions: InteractionRow[];
  race: RaceRow[];
  /** `npm run calificar` on a generated class (scripts/bench/grading.ts); absent in --quick. */
  grading?: GradingRow | null;
}

export interface GradingRow {
  /** Students (files) in the class. */
  submissions: number;
  /** Exercises with code, graded (the others are «sin intentar»). */
  exercises: number;
  /** Exercises graded at once (pages in the browser). */
  parallel: number;
  /** Wall time of the whole batch, browser start included. */
  seconds: number;
  msPerExercise: number;
  /** Verdicts: correct (the solutions) and not (the starters). */
  correct: number;
  notCorrect: number;
}

export interface RaceRow {
  backend: string;
  n: number;
  formulation: string;
  /** True for the formulation the page races on this backend: the one its quick measurement
   * (lib/tf/formulationChoice.ts) picked just before, in the same run. */
  site: boolean;
  ms: Summary | null;
  /** Median time / the fastest tfjs formulation's median, same backend and n, same run. */
  ratio: number | null;
  relativeError: number | null;
  error: string | null;
}
