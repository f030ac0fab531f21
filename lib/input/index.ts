// Reading what a student types (numbers, shapes, tensor literals, indices, assignments), with Spanish errors.
export * from "./parseIndex.js";
export * from "./parseTensorLiteral.js";
export * from "./parseShape.js";
export * from "./parseAssignment.js";
export * from "./parseNumberInput.js";
export * from "./tensorInputError.js";
export * from "./attempt.js";
