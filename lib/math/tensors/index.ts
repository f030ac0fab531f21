// Tensors: broadcasting rules, the dot product, column shares, rows divided by a column of
// divisors, and how an index selects elements.
export * from "./broadcast.js";
export * from "./broadcastGrid.js";
export * from "./dot.js";
export * from "./columnShares.js";
export * from "./divideRows.js";
export * from "./selectIndex.js";
