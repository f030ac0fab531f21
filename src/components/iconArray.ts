/**
 * IconArray(groups, {width, columns, description}) → an SVG of one little person per
 * individual (1 000 by default), coloured by group and drawn group after group, row by row,
 * with a legend that gives each group's count. Natural frequencies: «10 of 1,000 people»
 * is easier to reason with than «P = 0.01».
 *
 * Drawing: one <pattern> per group tiles a person glyph on the grid, and each group fills
 * the stretch of cells it occupies with at most three rectangles (the end of a row, whole
 * rows, the start of a row). So 1,000 people are about a dozen elements, cheap to redraw
 * while a slider moves. The SVG is an image whose text alternative lists every group and
 * its count (after the page's `description`, if given).
 *
 * `figure.update(groups)` updates the same figure in place while a slider moves (the
 * rectangles' attributes and the legend's numbers; the patterns and labels stay);
 * `update(null)` shows `emptyText` instead (data that describe no possible people).
 */
import { formatCount } from "../lib/format/formatCount.js";
import { el, escapeHtml as esc } from "./dom.js";
export interface IconGroup {
  label: string;
  count: number;
  /** A CSS class for the group's colour (see probinfo.css), e.g. "icon--a-b". */
  className: string;
}

export interface IconArrayOptions {
  width?: number;
  columns?: number;
  /** A sentence read before the counts, e.g. "1 000 personas según su estado y su prueba". */
  description?: string;
  /** Shown instead of the drawing after update(null). */
  emptyText?: string;
}

export interface IconArrayElement extends HTMLElement {
  update(groups: readonly IconGroup[] | null): void;
}

let counter = 0;

export function IconArray(
  groups: readonly IconGroup[] | null,
  options: IconArrayOptions = {},
): IconArrayElement {
  const figure = document.createElement("figure") as unknown as IconArrayElement;
  figure.className = "icon-array";
  const id = `icon-array-${++counter}`;
  figure.update = (next) => {
    if (next === null) {
      figure.replaceChildren(el("p", { class: "clase" }, options.emptyText ?? "Sin dibujo."));
    } else draw(figure, id, next, options);
  };
  figure.update(groups);
  return figure;
}

function draw(
  figure: HTMLElement,
  id: string,
  groups: readonly IconGroup[],
  { width = 640, columns = 50, description = "" }: IconArrayOptions,
): void {
  const total = groups.reduce((s, g) => s + g.count, 0);
  const rows = Math.max(1, Math.ceil(total / columns));
  const cell = width / columns;
  const height = rows * cell;
  const r = cell * 0.18; // head radius
  // One person in the cell whose top-left corner is (0, 0): a round head over a rounded body.
  const glyph =
    `M${f(cell / 2 - r)} ${f(cell * 0.26)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0` +
    `M${f(cell * 0.2)} ${f(cell * 0.92)}L${f(cell * 0.28)} ${f(cell * 0.52)}` +
    `Q${f(cell / 2)} ${f(cell * 0.44)} ${f(cell * 0.72)} ${f(cell * 0.52)}L${f(cell * 0.8)} ${f(cell * 0.92)}Z`;

  let defs = "";
  const rects: string[][] = [];
  let start = 0;
  groups.forEach((group, k) => {
    defs += `<pattern id="${id}-${k}" width="${f(cell)}" height="${f(cell)}" patternUnits="userSpaceOnUse"><path class="${group.className}" d="${glyph}"></path></pattern>`;
    const end = start + group.count;
    for (const [x0, y0, n, m] of stretches(start, end, columns)) {
      rects.push([f(x0 * cell), f(y0 * cell), f(n * cell), f(m * cell), `url(#${id}-${k})`]);
    }
    start = end;
  });

  const alt = `${description ? `${description}: ` : ""}${groups
    .map((g) => `${formatCount(g.count)} ${g.label}`)
    .join("; ")}.`;
  const shape = `${width} ${columns} ${rows} ${groups.map((g) => `${g.className}:${g.label}`).join("|")}`;
  const drawn = figure.querySelector("svg");
  if (drawn && figure.dataset.shape === shape) {
    // Same figure, other counts: the people's rectangles (a dozen) and the legend's numbers.
    drawn.setAttribute("aria-label", alt);
    patchRects(drawn.querySelector(".icon-array__people")!, rects);
    figure.querySelectorAll(".icon-array__legend strong").forEach((strong, k) => {
      if (strong.textContent !== formatCount(groups[k].count))
        strong.textContent = formatCount(groups[k].count);
    });
    return;
  }
  const legend = groups
    .map(
      (group) =>
        `<li><svg class="icon-array__swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class="${esc(group.className)}" width="10" height="10" rx="2"></rect></svg><strong>${formatCount(group.count)}</strong> ${esc(group.label)}</li>`,
    )
    .join("");
  figure.dataset.shape = shape;
  figure.innerHTML = `<svg viewBox="0 0 ${f(width)} ${f(height)}" width="${f(width)}" height="${f(height)}" role="img" aria-label="${esc(alt)}"><defs>${defs}</defs><g class="icon-array__people"></g></svg>
<figcaption class="icon-array__legend"><ul>${legend}</ul></figcaption>`;
  patchRects(figure.querySelector(".icon-array__people")!, rects);
}

const RECT_ATTRIBUTES = ["x", "y", "width", "height", "fill"];

/**
 * Makes `group`'s rectangles match `rects` ([x, y, width, height, fill] each), reusing the ones
 * there and setting only the attributes that differ.
 */
function patchRects(group: Element, rects: readonly string[][]): void {
  while (group.children.length > rects.length) group.lastElementChild!.remove();
  while (group.children.length < rects.length)
    group.append(document.createElementNS("http://www.w3.org/2000/svg", "rect"));
  rects.forEach((values, i) => {
    const rect = group.children[i];
    RECT_ATTRIBUTES.forEach((name, j) => {
      if (rect.getAttribute(name) !== values[j]) rect.setAttribute(name, values[j]);
    });
  });
}

/**
 * The cells [start, end) of a grid filled row by row, as at most three rectangles
 * [column, row, columns wide, rows high]: the rest of the first row, the whole rows, and
 * the beginning of the last row.
 */
function stretches(start: number, end: number, columns: number): number[][] {
  const out: number[][] = [];
  let i = start;
  if (i < end && i % columns !== 0) {
    const n = Math.min(end - i, columns - (i % columns));
    out.push([i % columns, Math.floor(i / columns), n, 1]);
    i += n;
  }
  const fullRows = Math.floor((end - i) / columns);
  if (fullRows > 0) {
    out.push([0, i / columns, columns, fullRows]);
    i += fullRows * columns;
  }
  if (i < end) out.push([0, i / columns, end - i, 1]);
  return out;
}

const f = (x: number) => String(Math.round(x * 100) / 100);
