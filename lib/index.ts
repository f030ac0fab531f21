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
