/**
 * texNumbers`…` and texNumbers.block`…` render TeX like Framework's `tex` (KaTeX, HTML output),
 * for formulas redrawn while a slider moves, where only the numbers change. KaTeX renders
 * each *shape* of formula once — the TeX with every number literal replaced by a slot — and
 * a formula of a known shape is a copy of that rendering with the slots' digits set: no
 * parsing or layout of hundreds of spans per move, and results patched in place
 * (showResult) only see the digits change.
 *
 * The numbers are lib/texNumberSlots's. A shape whose slotted form KaTeX rejects (a size
 * argument such as `\hspace{2em}`) or whose slot is not a single run of text renders in full
 * every time, like `tex`: the output is always KaTeX's own, and a real TeX error still throws.
 */
import katex from "npm:katex";
import { texNumberSlots } from "../lib/markup/texNumberSlots.js";

/** A shape's rendering with its slots marked, or null when a slot is not a single text. */
type Template = HTMLElement | null;

const MAX_SHAPES = 64;
const shapes = new Map<string, Template>();

function render(source: string, displayMode: boolean): HTMLElement {
  const root = document.createElement("div");
  katex.render(source, root, {
    displayMode,
    output: "html",
    trust: (context) => context.command === "\\htmlData",
    strict: (code: string) => (code === "htmlExtension" ? "ignore" : "warn"),
  });
  return root.firstChild as HTMLElement;
}

/** The rendered formula, from the cache of shapes when its shape was seen before. */
export function renderNumbers(source: string, displayMode = false): HTMLElement {
  const { shape, numbers, slotted } = texNumberSlots(source);
  const key = `${displayMode ? "D" : "I"}${shape}`;
  let template = shapes.get(key);
  if (template === undefined) {
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    template = slottedTemplate(slotted, displayMode, numbers.length);
    shapes.set(key, template);
  }
  if (template === null) return render(source, displayMode);
  const copy = template.cloneNode(true) as HTMLElement;
  for (const [slot, text] of slotTexts(copy)) text!.data = numbers[slot];
  return copy;
}

/**
 * The shape rendered with its slots marked, or null where that cannot stand for the formula:
 * a number KaTeX will not take wrapped (a size such as `\hspace{2em}` or `\\[4pt]` is a parse
 * error with `\htmlData` inside), or a slot that is not a single run of text.
 */
function slottedTemplate(slotted: string, displayMode: boolean, count: number): Template {
  let root: HTMLElement;
  try {
    root = render(slotted, displayMode);
  } catch {
    return null;
  }
  const texts = slotTexts(root);
  return texts.length === count && texts.every(([, text]) => text !== null) ? root : null;
}

/**
 * Each slot's number (its place in the source: KaTeX's HTML does not keep source order, a
 * fraction's denominator comes first) and its text node (null if it is not exactly one).
 */
function slotTexts(root: HTMLElement): [number, Text | null][] {
  return [...root.querySelectorAll<HTMLElement>("[data-slot]")].map((span) => {
    const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode() as Text | null;
    return [Number(span.dataset.slot), walker.nextNode() === null ? text : null];
  });
}

const tagged =
  (displayMode: boolean) =>
  (strings: TemplateStringsArray, ...values: unknown[]): HTMLElement =>
    renderNumbers(String.raw(strings, ...values), displayMode);

export const texNumbers = Object.assign(tagged(false), { block: tagged(true) });
