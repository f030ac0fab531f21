// The lecture's math: plain numbers in and out; no DOM, no tfjs, no formatting. Edge-case policy: ./validate.ts.
export * from "./tensors/index.js";
export * from "./calculus/index.js";
export * from "./probability/index.js";
export * from "./information/index.js";
export * from "./validate.js";
