/**
 * LiveRegion(className) → a container for results that change: `aria-live="polite"` so screen
 * readers announce the new content, and `aria-busy="true"` until its first result (the page's
 * settled check and assistive technology both wait for it).
 *
 * whileBusy(region, work) marks the region busy while `work` runs (overlapping runs are
 * counted, so an old run finishing does not clear a newer one) and returns its result.
 * With `{lazy: true}` the first run waits until the region comes near the viewport (a result
 * below the fold is computed when the student gets there); until then the region says so and
 * is not busy. The region must be displayed before whileBusy is called.
 */
import { hasBeenNearViewport, LATER_TEXT, nearViewport } from "./nearViewport.js";

export function LiveRegion(className = ""): HTMLDivElement {
  const region = document.createElement("div");
  region.className = `live-region ${className}`.trim();
  region.setAttribute("aria-live", "polite");
  region.setAttribute("aria-busy", "true");
  region.textContent = "Calculando…";
  return region;
}

const running = new WeakMap<Element, number>();

export async function whileBusy<T>(
  region: Element,
  work: () => Promise<T>,
  { lazy = false }: { lazy?: boolean } = {},
): Promise<T> {
  if (lazy && !hasBeenNearViewport(region)) {
    if (!running.get(region)) {
      region.textContent = LATER_TEXT;
      region.setAttribute("aria-busy", "false");
    }
    await nearViewport(region);
  }
  running.set(region, (running.get(region) ?? 0) + 1);
  region.setAttribute("aria-busy", "true");
  try {
    return await work();
  } finally {
    const left = (running.get(region) ?? 1) - 1;
    running.set(region, left);
    if (left === 0) region.setAttribute("aria-busy", "false");
  }
}
