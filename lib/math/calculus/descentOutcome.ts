/**
 * Reads the losses of a gradient-descent run and says what happened:
 *
 * - "diverge": some loss overflowed (±Infinity or NaN), or the run ends above where it
 *   started after rising in each of its last RISING_STEPS steps; `step` is the first step
 *   whose loss exceeded the starting loss (or the first that overflowed).
 * - "converge": it got within `tolerance` of the known minimum, relative to where it
 *   started: (L_final − L_min) ≤ tolerance · (L₀ − L_min). `step` is the step from which it
 *   stays there.
 * - "avanza": it went down but has not got there yet (more steps or a larger η would help).
 *
 * Example: descentOutcome([4, 1, 0.25, 0.0625], 0, 0.05) = { kind: "converge", step: 3 };
 * descentOutcome([1, 4, 16, 64], 0) = { kind: "diverge", step: 1 }.
 */

export type DescentOutcome =
  | { kind: "diverge"; step: number; overflow: boolean }
  | { kind: "converge"; step: number }
  | { kind: "avanza" };

/** Consecutive rising steps at the end of a run that, above the start, count as diverging. */
export const RISING_STEPS = 3;

/** Default relative distance to the minimum that counts as converged. */
export const CONVERGED = 1e-3;

const FLOAT32_SLACK = 1e-6;

export function descentOutcome(
  losses: readonly number[],
  minLoss: number,
  tolerance: number = CONVERGED,
): DescentOutcome {
  if (losses.length === 0) throw new RangeError("descentOutcome: no hay pérdidas que leer");
  if (!Number.isFinite(losses[0])) {
    throw new RangeError(`descentOutcome: la pérdida inicial ${losses[0]} no es finita`);
  }
  const start = losses[0];
  const firstAboveStart = losses.findIndex((l) => !(l <= start));
  const overflow = losses.findIndex((l) => !Number.isFinite(l));
  if (overflow !== -1) return { kind: "diverge", step: firstAboveStart, overflow: true };

  const last = losses.length - 1;
  const rising =
    last >= RISING_STEPS &&
    losses.slice(last - RISING_STEPS).every((l, i, tail) => i === 0 || l > tail[i - 1]);
  if (losses[last] > start && rising) {
    return { kind: "diverge", step: firstAboveStart, overflow: false };
  }

  // A float32 loss is only good to ~1e-7 relative: allow that much slack at the minimum.
  const threshold =
    minLoss +
    Math.max(tolerance * (start - minLoss), FLOAT32_SLACK * Math.max(1, Math.abs(minLoss)));
  if (!(losses[last] <= threshold)) return { kind: "avanza" };
  let step = last;
  while (step > 0 && losses[step - 1] <= threshold) step--;
  return { kind: "converge", step };
}
