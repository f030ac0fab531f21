// The for-loop vs vectorized race: timing protocol, statistics, memory guard, inputs, results and the speedup table.
export * from "./raceProtocol.js";
export * from "./raceStats.js";
export * from "./raceMemory.js";
export * from "./raceInputs.js";
export * from "./raceResult.js";
export * from "./backendFailure.js";
export * from "./timerResolution.js";
export * from "./speedupTable.js";
