// The course library, by what each part is for (docs/architecture.md). Pure TypeScript:
// no DOM. tfjs is confined to ./tf/ and the exercise engine to ./exercises/, which are not
// re-exported here (import them from their own index).
export * from "./math/index.js";
export * from "./random/index.js";
export * from "./input/index.js";
export * from "./format/index.js";
export * from "./markup/index.js";
export * from "./race/index.js";
export * from "./lecture/index.js";
