// Writing numbers, shapes and code for the page: significant digits, thousands, NumPy's print, durations.
export * from "./formatCount.js";
export * from "./formatMs.js";
export * from "./formatNumber.js";
export * from "./formatNumpy.js";
export * from "./formatShape.js";
export * from "./formatSignificant.js";
export * from "./logScale.js";
export * from "./indexCode.js";
