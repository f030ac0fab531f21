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
export { mulberry32 } from "./mulberry32.js";
export { logCheckpoints } from "./logCheckpoints.js";
export { simulateFrequency, MAX_TRIALS } from "./simulateFrequency.js";
export type { FrequencyRun } from "./simulateFrequency.js";
export { binomialStandardError } from "./binomialStandardError.js";
export { areIndependent, INDEPENDENCE_TOLERANCE } from "./areIndependent.js";
export { gridEvents } from "./gridEvents.js";
export type { GridEvents } from "./gridEvents.js";
export { reduceFraction } from "./reduceFraction.js";
export { jointTableFromLikelihoods, jointTableFromMarginals, treeBranches } from "./jointTable.js";
export type { JointTable, TreeBranches } from "./jointTable.js";
export { largestRemainder } from "./largestRemainder.js";
export { naturalFrequencies } from "./naturalFrequencies.js";
export { renormalize } from "./renormalize.js";
export { attempt } from "./attempt.js";
export type { Attempt } from "./attempt.js";
export { formatNumber, formatPercent, formatCount } from "./formatNumber.js";
export { formatSignificant, latexSignificant } from "./formatSignificant.js";
export { parseNumberInput } from "./parseNumberInput.js";
export type { ParsedNumber } from "./parseNumberInput.js";
export { lossCurves, lossCurve, sampleCurve } from "./lossCurves.js";
export type { LossCurve, LossCurveId } from "./lossCurves.js";
export { secantSlope } from "./secantSlope.js";
export { slopeReading, FLAT_SLOPE } from "./slopeReading.js";
export type { SlopeReading } from "./slopeReading.js";
export { tangentLine } from "./tangentLine.js";
export {
  lineFitExample,
  lineFitLoss,
  lineFitGradient,
  lineFitHessian,
  leastSquaresLine,
} from "./lineFitLoss.js";
export type { Point } from "./lineFitLoss.js";
export { symmetricEigenvalues2, stableLearningRate } from "./stableLearningRate.js";
export { gradientDescent, MAX_DESCENT_STEPS } from "./gradientDescent.js";
export type { DescentOptions, DescentPath } from "./gradientDescent.js";
export { descentOutcome, RISING_STEPS, CONVERGED } from "./descentOutcome.js";
export type { DescentOutcome } from "./descentOutcome.js";
export {
  backpropNodes,
  backpropParameterCount,
  backpropGraph,
  backwardStepLatex,
} from "./backpropGraph.js";
export type {
  BackpropNodeId,
  BackpropNode,
  BackpropInputs,
  BackwardStep,
  BackpropResult,
} from "./backpropGraph.js";
export { chainRuleLatex } from "./chainRuleLatex.js";
export type { ChainRuleLatex } from "./chainRuleLatex.js";
export { parameterRange } from "./parameterRanges.js";
export type { ParameterRange, ParameterRangeRow } from "./parameterRanges.js";
export { sampleGrid } from "./sampleGrid.js";
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
export { texNumberSlots } from "./texNumberSlots.js";
export type { TexNumberSlots } from "./texNumberSlots.js";
