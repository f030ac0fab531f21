/** The outcome of a computation that may reject its input: its value, or the reason in Spanish. */
export type Attempt<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * attempt(compute) → runs `compute` and returns {ok: true, value}, or {ok: false, message}
 * with the RangeError's Spanish message when the library rejects the input. Lets a page
 * show «bayes: pB = 0; P(A|B) solo está definida si P(B) > 0 …» instead of NaN. Any other
 * error is a bug and is rethrown.
 *
 * Example: attempt(() => bayes(0.1, 0.5, 0)) = {ok: false, message: "bayes: pB = 0; …"}.
 */
export function attempt<T>(compute: () => T): Attempt<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, message: error.message };
    throw error;
  }
}
