// Information theory: entropy, cross-entropy and KL divergence.
export * from "./entropy.js";
export * from "./crossEntropy.js";
export * from "./klDivergence.js";
export * from "./klTerms.js";
export * from "./logBase.js";
