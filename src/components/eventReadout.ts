/**
 * EventReadout(events, {lecture}) → the readout under an EventGrid: P(A), P(B), P(A ∩ B)
 * and P(A | B) as fractions of equally likely cells (reduced when they can be) with their
 * decimal values, and whether A and B are independent, P(A ∩ B) = P(A) · P(B).
 * `lecture` adds the lecture's value next to a result, e.g. {aAndB: "la clase: 1/36"}.
 * When B is empty, P(A | B) shows the library's message instead of a number.
 *
 * The P(A | B) box carries data-valor (its value as displayed, or "no definida") for tests.
 */
import type { GridEvents } from "../lib/math/probability/gridEvents.js";
import { attempt } from "../lib/input/attempt.js";
import { conditionalProbability } from "../lib/math/probability/conditionalProbability.js";
import { formatNumber } from "../lib/format/formatNumber.js";
import { jointProbability } from "../lib/math/probability/jointProbability.js";
import { reduceFraction } from "../lib/math/probability/reduceFraction.js";

export interface EventReadoutOptions {
  lecture?: { aAndB?: string; aGivenB?: string };
}

export function EventReadout(
  ev: GridEvents,
  { lecture = {} }: EventReadoutOptions = {},
): HTMLElement {
  const conditional = attempt(() => conditionalProbability(ev.pAandB, ev.pB));
  const product = jointProbability(ev.pA, ev.pB);
  const root = document.createElement("div");
  root.className = "event-readout";

  const figures = document.createElement("div");
  figures.className = "cifras";
  figures.append(
    box("P(A) = ", count(ev.countA, ev.total, ev.pA)),
    box("P(B) = ", count(ev.countB, ev.total, ev.pB)),
    box("P(A ∩ B) = ", count(ev.countAandB, ev.total, ev.pAandB), lecture.aAndB),
  );
  const given = conditional.ok
    ? box(
        "P(A | B) = P(A ∩ B) / P(B) = ",
        count(ev.countAandB, ev.countB, conditional.value),
        lecture.aGivenB,
      )
    : box("P(A | B): ", error(`no definida. ${conditional.message}`));
  given.dataset.testid = "p-a-dado-b";
  given.dataset.valor = conditional.ok ? formatNumber(conditional.value, 3) : "no definida";
  figures.append(given);

  const verdict = document.createElement("p");
  const strong = document.createElement("strong");
  const productText = [
    "P(A) · P(B) = ",
    ...fraction(ev.countA, ev.total),
    " · ",
    ...fraction(ev.countB, ev.total),
    product === 0 || product === 1 ? ` = ${product}` : ` ≈ ${formatNumber(product, 4)}`,
  ];
  if (ev.independent) {
    strong.textContent = "A y B son independientes: ";
    verdict.append(strong, ...productText, " = P(A ∩ B)");
    if (ev.pB > 0)
      verdict.append(", y saber que ocurrió B no cambia la probabilidad de A: P(A | B) = P(A)");
    verdict.append(".");
  } else {
    strong.textContent = "A y B no son independientes: ";
    verdict.append(
      strong,
      ...productText,
      ", pero P(A ∩ B) = ",
      ...count(ev.countAandB, ev.total, ev.pAandB),
      ".",
    );
  }
  root.append(figures, verdict);
  return root;
}

/** k/total, reduced if it can be, then ≈ its decimal value (not for 0 and 1). */
function count(k: number, total: number, p: number): (Node | string)[] {
  const [a, b] = reduceFraction(k, total);
  const parts: (Node | string)[] = [...fraction(k, total, false)];
  if (a !== k && b !== 1) parts.push(" = ", ...fraction(a, b, false));
  if (k !== 0 && k !== total) parts.push(` ≈ ${formatNumber(p, 4)}`);
  return parts;
}

/** A stacked fraction, read by screen readers as «a/b»; reduced first unless told not to. */
function fraction(k: number, total: number, reduce = true): (Node | string)[] {
  const [a, b] = reduce ? reduceFraction(k, total) : [k, total];
  if (b === 1) return [String(a)];
  const text = document.createElement("span");
  text.className = "sr-only";
  text.textContent = `${a}/${b}`;
  const drawn = document.createElement("span");
  drawn.className = "frac";
  drawn.setAttribute("aria-hidden", "true");
  drawn.innerHTML = `<span class="frac__num"></span><span class="frac__den"></span>`;
  drawn.firstElementChild!.textContent = String(a);
  drawn.lastElementChild!.textContent = String(b);
  return [text, drawn];
}

function box(label: string, value: Node | (Node | string)[], note?: string): HTMLElement {
  const div = document.createElement("div");
  div.append(label, ...(Array.isArray(value) ? value : [value]));
  if (note) {
    const span = document.createElement("span");
    span.className = "clase";
    span.textContent = ` ${note}`;
    div.append(span);
  }
  return div;
}

function error(message: string): HTMLElement {
  const span = document.createElement("span");
  span.className = "mensaje-error";
  span.textContent = message;
  return span;
}
