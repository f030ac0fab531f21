/**
 * MatrixTable({rows, cols, values}, {caption, format, mark}) → a labelled table of numbers
 * (rows × cols), each cell keeping its exact value in `data-value` for tests. `mark(i, j)`
 * may return a class and a tooltip for a cell (e.g. where the lecture's value differs).
 */
export interface MatrixData {
  rows: readonly string[];
  cols: readonly string[];
  values: readonly (readonly number[])[];
}

export interface MatrixTableOptions {
  caption: string;
  format?: (x: number, i: number, j: number) => string;
  mark?: (i: number, j: number) => { className: string; title: string } | null;
  /** Extra rows under the table body, e.g. totals. */
  footer?: { label: string; values: readonly number[] }[];
  testId?: string;
}

export function MatrixTable(
  { rows, cols, values }: MatrixData,
  { caption, format = (x) => String(x), mark, footer = [], testId }: MatrixTableOptions,
): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "vz-table-scroll";
  const table = document.createElement("table");
  table.className = "vz-matrix";
  if (testId) table.dataset.testid = testId;
  table.createCaption().textContent = caption;
  const head = table.createTHead().insertRow();
  head.append(cell("th", "", "col"));
  for (const c of cols) head.append(cell("th", c, "col"));
  const body = table.createTBody();
  values.forEach((row, i) => {
    const tr = body.insertRow();
    tr.append(cell("th", rows[i], "row"));
    row.forEach((x, j) => {
      const td = cell("td", format(x, i, j));
      td.dataset.value = String(x);
      const m = mark?.(i, j);
      if (m) {
        td.className = m.className;
        td.title = m.title;
      }
      tr.append(td);
    });
  });
  if (footer.length) {
    const foot = table.createTFoot();
    for (const { label, values: sums } of footer) {
      const tr = foot.insertRow();
      tr.append(cell("th", label, "row"));
      sums.forEach((x, j) => {
        const td = cell("td", format(x, -1, j));
        td.dataset.value = String(x);
        tr.append(td);
      });
    }
  }
  wrapper.append(table);
  return wrapper;
}

function cell(tag: "th" | "td", text: string, scope?: "row" | "col"): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (scope) (element as HTMLTableCellElement).scope = scope;
  return element;
}
