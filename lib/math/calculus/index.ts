// Derivatives and gradients: the chain rule, finite differences, tangents, losses and gradient descent, backpropagation.
export * from "./chainRule.js";
export * from "./chainRuleSteps.js";
export * from "./finiteDifference.js";
export * from "./secantSlope.js";
export * from "./slopeReading.js";
export * from "./tangentLine.js";
export * from "./lossCurves.js";
export * from "./lineFitLoss.js";
export * from "./gradientDescent.js";
export * from "./descentOutcome.js";
export * from "./stableLearningRate.js";
export * from "./backpropGraph.js";
export * from "./sampleGrid.js";
