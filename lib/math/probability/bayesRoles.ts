import { bayes } from "./bayes.js";
import { jointTableFromMarginals } from "./jointTable.js";

/** The four probabilities of Bayes' theorem, by the role each plays, and the joint P(A ∩ B). */
export interface BayesRoles {
  /** P(A|B), what we want to estimate. */
  posterior: number;
  /** P(B|A), the likelihood («inversa» in the lecture). */
  likelihood: number;
  /** P(A), the prior. */
  prior: number;
  /** P(B), the evidence: it normalises the equation. */
  evidence: number;
  /** P(A ∩ B) = P(A) · P(B|A). */
  joint: number;
}

/**
 * bayesRoles(prior, likelihood, evidence) → the posterior P(A|B) = P(A) · P(B|A) / P(B)
 * with the three numbers it comes from, each under the name of its role in the lecture's table.
 *
 * Example (fever F and flu G, with A = F and B = G, as the lecture writes
 * P(F|G) = P(F) · P(G|F) / P(G)): bayesRoles(0.1, 0.4, 0.05) gives joint 0.04 and
 * posterior 0.8: of the people with flu, 80 % have a fever.
 *
 * Throws a RangeError (Spanish) if a number is not a probability, if P(B) = 0, or if the three
 * cannot all be true of one population: P(A) · P(B|A) above P(B), or P(A) + P(B) − P(A ∩ B)
 * above 1 (jointTableFromMarginals says which).
 */
export function bayesRoles(prior: number, likelihood: number, evidence: number): BayesRoles {
  const table = jointTableFromMarginals(prior, evidence, likelihood);
  const posterior = bayes(prior, likelihood, evidence);
  return { posterior, likelihood, prior, evidence, joint: table.aAndB };
}
