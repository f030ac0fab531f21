/**
 * A markdown-it plugin for static display math: a paragraph-level block
 *
 *     $$
 *     H(X) = -\sum_i P(x_i) \log_2 P(x_i)
 *     $$
 *
 * is typeset with KaTeX at build time as MathML, so the page needs no JavaScript, CSS or fonts
 * for it (browsers render MathML natively). Formulas with live numbers keep using the `tex`
 * builtin (KaTeX in the browser). A LaTeX error fails the build, naming the page's file and the
 * formula.
 */
import type MarkdownIt from "markdown-it";
import { typesetOrExplain } from "./markdown-static-tex.js";

type BlockRule = Parameters<MarkdownIt["block"]["ruler"]["before"]>[2];

const displayMathBlock: BlockRule = (state, startLine, endLine, silent) => {
  const lineText = (line: number) =>
    state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]).trim();
  if (lineText(startLine) !== "$$") return false;
  let line = startLine + 1;
  while (line < endLine && lineText(line) !== "$$") line++;
  if (line >= endLine) return false;
  if (silent) return true;
  const token = state.push("display_math", "math", 0);
  token.block = true;
  token.content = state.getLines(startLine + 1, line, state.tShift[startLine], false);
  token.map = [startLine, line + 1];
  state.line = line + 1;
  return true;
};

export function displayMath(md: MarkdownIt): MarkdownIt {
  md.block.ruler.before("fence", "display_math", displayMathBlock);
  md.renderer.rules.display_math = (tokens, idx, _options, env) =>
    typesetOrExplain(tokens[idx].content, { displayMode: true, output: "mathml" }, env) + "\n";
  return md;
}
