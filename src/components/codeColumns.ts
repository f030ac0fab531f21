/**
 * CodeColumns(columns, {width}) → the same idea written side by side (NumPy, TensorFlow,
 * TensorFlow.js), one labelled code block per column. Three columns need 900px; from 560px the
 * Python blocks (usually short) share a row and the last block takes a row of its own; below
 * that, everything is stacked.
 */
export interface CodeColumn {
  label: string;
  code: string;
  /** "python" or "javascript", for the screen-reader label and styling. */
  language: "python" | "javascript";
}

export function CodeColumns(columns: readonly CodeColumn[], { width = 640 } = {}): HTMLElement {
  const root = document.createElement("div");
  root.className = "code-columns";
  const wide = width >= 900 || (columns.length === 2 && width >= 560);
  const split = !wide && columns.length === 3 && width >= 560;
  root.style.gridTemplateColumns = wide
    ? `repeat(${columns.length}, minmax(0, 1fr))`
    : split
      ? "repeat(2, minmax(0, 1fr))"
      : "minmax(0, 1fr)";
  for (const { label, code, language } of columns) {
    const figure = document.createElement("figure");
    figure.className = `code-column code-column--${language}`;
    const caption = document.createElement("figcaption");
    caption.textContent = label;
    const pre = document.createElement("pre");
    const codeElement = document.createElement("code");
    codeElement.textContent = code;
    pre.append(codeElement);
    figure.append(caption, pre);
    if (split && root.childElementCount === 2) figure.style.gridColumn = "1 / -1";
    root.append(figure);
  }
  return root;
}
