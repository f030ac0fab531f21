/** The narrow no-break space (U+202F) that groups digits: unambiguous with a decimal point. */
export const DIGIT_GROUP = "\u202f";

/**
 * Writes an integer with its digits grouped by thousands with a narrow no-break space, as the
 * SI recommends: neither a comma nor a point, since the lecture writes decimals with a point
 * («0.17 segundos») and Spanish groups with a point. Non-integers are rounded first.
 *
 * Example: formatCount(100000000) = "100 000 000" (with U+202F); formatCount(999) = "999";
 * formatCount(-12345) = "-12 345".
 *
 * Throws a RangeError for a non-finite number.
 */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`formatCount: ${n} no es un número finito`);
  return groupThousands(String(Math.round(n)));
}

/**
 * Groups the integer part of a written number by thousands with `separator` (DIGIT_GROUP by
 * default), leaving its sign and decimals alone: the one digit grouping of the site.
 *
 * Example: groupThousands("24137569") = "24 137 569"; groupThousands("−17576.25") =
 * "−17 576.25"; groupThousands("999") = "999"; groupThousands("20280", "{\\,}") = "20{\\,}280".
 */
export function groupThousands(text: string, separator: string = DIGIT_GROUP): string {
  return text.replace(/\d+/, (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator));
}
