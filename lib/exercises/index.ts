// The exercise engine's page-side API: specs and the catalog, grading, rendering of values,
// saved work. Light enough for the main thread: it imports neither sucrase nor acorn.
// The evaluation (parse, check constraints, run) lives in ./evaluate.js, imported only by the
// sandbox worker (src/runtime/exerciseWorker.ts) and by the tests.
export { exerciseSections, allExercises, exerciseById } from "./catalog/index.js";
export type { ExerciseSpec, ExerciseSection } from "./types.js";
export { DEFAULT_TIME_LIMIT_MS } from "./types.js";
export { grade, gradeRuns, PASS_MESSAGE } from "./grade.js";
export type { Verdict, VerdictStatus, RunOutcome, CheckRun } from "./grade.js";
export {
  tensorInput,
  inputValues,
  inputSets,
  describeInputs,
  randomInt,
  randomNumber,
  randomNumbers,
  randomDistribution,
  FRESH_RUNS,
} from "./inputs.js";
export type { Inputs, InputSpec, InputValue, TensorInput } from "./inputs.js";
export { compare, isClose, DEFAULT_TOLERANCE, NO_RETURN_MESSAGE } from "./compare.js";
export type { Expected, Exact, Mistake, Mismatch, Tolerance } from "./compare.js";
export {
  expectNumber,
  expectTensor,
  expectRecord,
  expectList,
  expectExact,
  expectedFromValue,
} from "./expect.js";
export type { Constraint, Violation } from "./constraints.js";
export type { CodeError } from "./codeError.js";
export type { Evaluation, LogEntry } from "./evaluate.js";
export type { Value, TensorValue } from "./value.js";
export { formatValue, formatNumber, formatTensor } from "./formatValue.js";
export { promptBlocks } from "./promptBlocks.js";
export type { Block, Inline } from "./promptBlocks.js";
export {
  restore,
  progressOf,
  parseSaved,
  readSaved,
  validateSaved,
  exportWork,
  parseImport,
  PROGRESS_LABELS,
  EXERCISE_ID,
} from "./savedWork.js";
export type { SavedExercise, WorkEntry, CheckStatus, Progress, ImportResult } from "./savedWork.js";
