/**
 * The light markup of exercise prompts and hints, parsed into blocks a page can render without
 * innerHTML: paragraphs separated by blank lines, lists of lines starting with "- ", and
 * `code` in backticks.
 *
 * Example: promptBlocks("Usa `tf.add`.\n\n- uno\n- dos") = [
 *   { type: "paragraph", inlines: [{ code: false, text: "Usa " }, { code: true, text: "tf.add" }, { code: false, text: "." }] },
 *   { type: "list", items: [[{ code: false, text: "uno" }], [{ code: false, text: "dos" }]] },
 * ].
 */
export interface Inline {
  code: boolean;
  text: string;
}

export type Block = { type: "paragraph"; inlines: Inline[] } | { type: "list"; items: Inline[][] };

export function promptBlocks(text: string): Block[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((chunk) => {
      const lines = chunk.split("\n").map((line) => line.trim());
      if (lines.every((line) => line.startsWith("- "))) {
        return { type: "list", items: lines.map((line) => inlines(line.slice(2))) };
      }
      return { type: "paragraph", inlines: inlines(lines.join(" ")) };
    });
}

/** Splits a line at backticks: odd pieces are code. An unmatched backtick stays as text. */
export function inlines(text: string): Inline[] {
  const pieces = text.split("`");
  if (pieces.length % 2 === 0) return [{ code: false, text }];
  return pieces
    .map((piece, i) => ({ code: i % 2 === 1, text: piece }))
    .filter((piece) => piece.text !== "");
}
