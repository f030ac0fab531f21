import { assertFinite } from "../math/validate.js";

/**
 * mulberry32(seed) → a seeded pseudo-random generator returning floats in [0, 1).
 *
 * Algorithm: Tommy Ettinger's Mulberry32, a 32-bit state advanced by the Weyl constant
 * 0x6D2B79F5 and mixed with two multiply–xorshift rounds; the top 32 bits become a float
 * by dividing by 2³². Period 2³²: plenty for 10⁶ coin tosses, and the same seed always
 * gives the same sequence, so simulations, tests and screenshots are reproducible.
 *
 * Example: mulberry32(1) yields 0.6270739405881613, 0.002735721180215478, …
 *
 * The seed is reduced to 32 bits (seed >>> 0), so 2³² + 1 behaves like 1. Throws a
 * RangeError if the seed is not a finite number.
 */
export function mulberry32(seed: number): () => number {
  assertFinite("mulberry32", "seed", seed);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
