// Probability: joint, conditional and total probability, Bayes, natural frequencies and simulations.
export * from "./bayes.js";
export * from "./bayesRoles.js";
export * from "./conditionalProbability.js";
export * from "./jointProbability.js";
export * from "./totalProbability.js";
export * from "./areIndependent.js";
export * from "./gridEvents.js";
export * from "./jointTable.js";
export * from "./naturalFrequencies.js";
export * from "./largestRemainder.js";
export * from "./reduceFraction.js";
export * from "./simulateFrequency.js";
export * from "./binomialStandardError.js";
export * from "./logCheckpoints.js";
export * from "./renormalize.js";
