// Tensors: broadcasting rules, the dot product, column shares and how an index selects elements.
export * from "./broadcast.js";
export * from "./broadcastGrid.js";
export * from "./dot.js";
export * from "./columnShares.js";
export * from "./selectIndex.js";
