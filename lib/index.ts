// The course's math library: plain numbers and arrays in and out, no DOM, no tfjs.
// The tfjs wrappers live apart, in lib/tf/index.ts. Edge-case policy: lib/validate.ts.
export { entropy } from "./entropy.js";
export { crossEntropy } from "./crossEntropy.js";
export { klDivergence } from "./klDivergence.js";
export { klTerms } from "./klTerms.js";
export { jointProbability } from "./jointProbability.js";
export { conditionalProbability } from "./conditionalProbability.js";
export { totalProbability } from "./totalProbability.js";
export { bayes } from "./bayes.js";
export { broadcastShapes, BroadcastError, explainBroadcast } from "./broadcast.js";
export type {
  Shape,
  BroadcastVerdict,
  BroadcastAxisStep,
  BroadcastExplanation,
} from "./broadcast.js";
export { formatShape } from "./formatShape.js";
export { columnShares } from "./columnShares.js";
export { centralDifference } from "./finiteDifference.js";
export { chainRuleExercises } from "./chainRule.js";
export type {
  ChainRuleExercise,
  ChainRuleExerciseId,
  ChainLink,
  DomainCheck,
} from "./chainRule.js";
export { chainRuleSteps } from "./chainRuleSteps.js";
export type { ChainStep, ChainEvaluation } from "./chainRuleSteps.js";
export { SUM_TOLERANCE } from "./validate.js";
export { TensorInputError } from "./tensorInputError.js";
export type { PythonErrorKind } from "./tensorInputError.js";
export { parseTensorLiteral } from "./parseTensorLiteral.js";
export type { Nested, TensorLiteral } from "./parseTensorLiteral.js";
export { parseShape } from "./parseShape.js";
export { parseIndex } from "./parseIndex.js";
export type { IndexItem, IndexExpression } from "./parseIndex.js";
export { selectIndex, resolveIndex, sliceIndices } from "./selectIndex.js";
export type { IndexPlan, Selection, SubscriptStep } from "./selectIndex.js";
export { indexCode, formatItem } from "./indexCode.js";
export type { IndexCode } from "./indexCode.js";
export { formatNumpy, formatJs, pythonShape } from "./formatNumpy.js";
export { compareResult } from "./compareResult.js";
export type {
  Comparison,
  ExpectedResult,
  FieldDifference,
  ObservedResult,
  PlainValue,
} from "./compareResult.js";
export { parseAssignment } from "./parseAssignment.js";
export type { Assignment } from "./parseAssignment.js";
export { timingChartSpec } from "./timingChartSpec.js";
export type { TimingRow } from "./timingChartSpec.js";
export { assertSeed, parseSeed, parseNumber } from "./seed.js";
