/**
 * LiveRegion({label, text}) → a container whose changes screen readers announce
 * (aria-live="polite"). Without `text` it starts busy (`aria-busy="true"`): its content is
 * being computed. showAsync(region, work, render) runs `work`, marks the region busy until it
 * is done, then shows render(result); only the latest call's result is shown (an older,
 * slower computation never overwrites a newer one). A failure shows its message in Spanish
 * instead of throwing. showAsync resolves with work's result (undefined after a failure or
 * when a newer call superseded it).
 *
 * With `{lazy: true}` nothing is computed until the region first comes near the viewport:
 * a long page then only computes what the student reaches. Until then the region says so and
 * is not busy.
 *
 * showResult(region, content) shows a result computed at once (the formula and sentence that
 * follow a slider): the region is created once by a cell of its own and a later cell updates
 * it, patching the content in place (morphChildren) so a move lays out and paints only the
 * numbers that changed. The region is then read as a whole (`aria-atomic`), not as loose
 * numbers. Content is markup only: a listener on one of its nodes may be dropped.
 */
import { morphChildren } from "./morph.js";
import { hasBeenNearViewport, LATER_TEXT, nearViewport } from "./nearViewport.js";

const generations = new WeakMap<HTMLElement, number>();

export function LiveRegion({
  label,
  text,
  id,
  className,
}: {
  label: string;
  text?: string;
  id?: string;
  className?: string;
}): HTMLElement {
  const region = document.createElement("div");
  region.className = className ? `live-region ${className}` : "live-region";
  if (id) region.id = id;
  region.setAttribute("aria-live", "polite");
  region.setAttribute("aria-label", label);
  region.setAttribute("aria-busy", text === undefined ? "true" : "false");
  if (text !== undefined) region.textContent = text;
  return region;
}

export async function showAsync<T>(
  region: HTMLElement,
  work: () => Promise<T> | T,
  render: (value: T) => Node | string = (value) => value as Node | string,
  { lazy = false }: { lazy?: boolean } = {},
): Promise<T | undefined> {
  const generation = (generations.get(region) ?? 0) + 1;
  generations.set(region, generation);
  if (lazy && !hasBeenNearViewport(region)) {
    if (region.getAttribute("aria-busy") === "true") {
      region.textContent = LATER_TEXT;
      region.setAttribute("aria-busy", "false");
    }
    await nearViewport(region);
    if (generations.get(region) !== generation) return undefined;
  }
  region.setAttribute("aria-busy", "true");
  let content: Node | string;
  let value: T | undefined;
  try {
    value = await work();
    content = render(value);
  } catch (error) {
    content = ErrorMessage(error);
  }
  if (generations.get(region) !== generation) return undefined;
  region.replaceChildren(content);
  shown(region);
  return value;
}

export function showResult(region: HTMLElement, content: Node | string): void {
  generations.set(region, (generations.get(region) ?? 0) + 1); // supersedes a pending showAsync
  region.setAttribute("aria-atomic", "true");
  morphChildren(region, content);
  shown(region);
}

function shown(region: HTMLElement): void {
  region.setAttribute("aria-busy", "false");
  // How many results the region has shown (tests wait for it to grow after an input moves).
  region.dataset.renders = String(Number(region.dataset.renders ?? 0) + 1);
}

/** A Spanish error box; a TensorInputError prints as Python would ("IndexError: …"). */
export function ErrorMessage(error: unknown): HTMLElement {
  const box = document.createElement("p");
  box.className = "input-error";
  box.setAttribute("role", "alert");
  box.textContent =
    error instanceof Error && "kind" in error
      ? String(error)
      : `Error: ${error instanceof Error ? error.message : String(error)}`;
  return box;
}
