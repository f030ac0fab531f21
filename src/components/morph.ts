/**
 * morphChildren(target, content) makes `target`'s children match `content` by patching them
 * in place (morphdom): nodes that stay the same are kept, changed text and attributes are
 * updated, only what differs is added or removed. While a slider moves, a result or a figure
 * whose numbers change is then a few text updates for the browser to lay out and paint,
 * instead of a whole new subtree (KaTeX formulas are hundreds of spans).
 *
 * `content` is a node (a fragment's children are used; it is consumed) or plain text.
 */
import morphdom from "morphdom";

/** An element equal to its replacement (compared natively) is left alone, subtree and all. */
const OPTIONS = {
  childrenOnly: true,
  onBeforeElUpdated: (from: HTMLElement, to: HTMLElement) => !from.isEqualNode(to),
};

const morph = (target: Element, next: Element) => morphdom(target, next, OPTIONS);

export function morphChildren(target: Element, content: Node | string): void {
  const next = target.cloneNode(false) as Element;
  if (typeof content === "string") next.textContent = content;
  else next.append(content);
  morph(target, next);
}
