// Seeded random numbers: the generator, the race's uniform draws and seed validation.
export * from "./mulberry32.js";
export * from "./seededRandom.js";
export * from "./seed.js";
