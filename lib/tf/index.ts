// The tfjs part of the library: autodiff wrappers that return plain numbers, and the
// chain-rule functions as tfjs ops. Imports @tensorflow/tfjs-core only; the page or test
// registers a backend.
export { derivativeAt, derivativeAtAsync, gradientAt, gradientAtAsync } from "./autodiff.js";
export type { ValueAndDerivative, ValueAndGradient } from "./autodiff.js";
export { chainRuleTf } from "./chainRuleTf.js";
export { lossCurvesTf } from "./lossCurvesTf.js";
export { lineFitLossTf } from "./lineFitLossTf.js";
export { gradientDescentTf } from "./gradientDescentTf.js";
export { backpropTf } from "./backpropTf.js";
export type { BackpropTfResult } from "./backpropTf.js";
export {
  chainRuleTfSource,
  chainRulePythonSource,
  tapeExampleSource,
} from "./chainRuleTfSource.js";
