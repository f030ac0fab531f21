/**
 * nearViewport(element) → a promise that resolves once the element comes within 200 px of the
 * viewport (at once if it already has, or is there now). Lets a long page compute and draw
 * only what the student reaches: a chart below the fold is built, and a tfjs result below the
 * fold computed, when it is about to be seen. An element that is never shown (never attached,
 * or display: none) never resolves: call it only on elements the page displays.
 */
/** What a region shows until it comes near the viewport and computes. */
export const LATER_TEXT = "Se calcula cuando llegues a esta parte de la página.";

const seen = new WeakSet<Element>();

export function nearViewport(element: Element, marginPx = 200): Promise<void> {
  if (seen.has(element)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        seen.add(element);
        resolve();
      },
      { rootMargin: `${marginPx}px 0px` },
    );
    observer.observe(element);
  });
}

/** Whether nearViewport(element) has resolved already (the element has been near the viewport). */
export function hasBeenNearViewport(element: Element): boolean {
  return seen.has(element);
}
