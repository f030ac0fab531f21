import { formatCount } from "./formatCount.js";

/**
 * A duration in milliseconds with as many digits as a timing deserves: three significant
 * digits below 100 ms, whole milliseconds (digits grouped) above.
 *
 * Examples: formatMs(0.012345) = "0.0123 ms"; formatMs(1.3687) = "1.37 ms";
 * formatMs(479.099) = "479 ms"; formatMs(32415.27) = "32 415 ms" (narrow no-break spaces).
 */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  if (Math.abs(ms) < 100) return `${Number(ms.toPrecision(3))} ms`;
  return `${formatCount(ms)} ms`;
}
