// What the lecture prints, as data: its race figures, its model sizes, its table of Bayes' roles,
// and comparisons with Python's output.
export * from "./compareResult.js";
export * from "./parameterRanges.js";
export * from "./lectureRace.js";
export * from "./bayesRolesTable.js";
