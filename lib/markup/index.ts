// Markup built from numbers: LaTeX of the chain rule, TeX number slots, vega-lite specs and their keys.
export * from "./chainRuleLatex.js";
export * from "./texNumberSlots.js";
export * from "./specKey.js";
export * from "./timingChartSpec.js";
export * from "./backpropLatex.js";
