/**
 * IconArray(groups, {width, columns, description}) → an SVG of one little person per
 * individual (1,000 by default), coloured by group and drawn group after group, row by row,
 * with a legend that gives each group's count. Natural frequencies: «10 of 1,000 people»
 * is easier to reason with than «P = 0.01».
 *
 * Each group is one <path> holding all of its icons, so redrawing 1,000 people while a
 * slider moves touches four elements. The SVG is an image whose text alternative lists
 * every group and its count (plus the page's `description`, if given).
 */
export interface IconGroup {
  label: string;
  count: number;
  /** A CSS class for the group's colour (see probinfo.css), e.g. "icon--ill-positive". */
  className: string;
}

export interface IconArrayOptions {
  width?: number;
  columns?: number;
  /** A sentence read before the counts, e.g. "1 000 personas según su estado y su prueba". */
  description?: string;
}

export function IconArray(
  groups: readonly IconGroup[],
  { width = 640, columns = 50, description = "" }: IconArrayOptions = {},
): HTMLElement {
  const total = groups.reduce((s, g) => s + g.count, 0);
  const rows = Math.max(1, Math.ceil(total / columns));
  const cell = width / columns;
  const height = rows * cell;
  const r = cell * 0.18; // head radius
  const figure = document.createElement("figure");
  figure.className = "icon-array";

  let index = 0;
  const paths = groups.map((group) => {
    let d = "";
    for (let k = 0; k < group.count; k++, index++) {
      const x = (index % columns) * cell + cell / 2;
      const y = Math.floor(index / columns) * cell;
      const headY = y + cell * 0.26;
      // head: a circle drawn as two arcs; body: a rounded trapezoid below it
      d +=
        `M${f(x - r)} ${f(headY)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0` +
        `M${f(x - cell * 0.3)} ${f(y + cell * 0.92)}L${f(x - cell * 0.22)} ${f(y + cell * 0.52)}` +
        `Q${f(x)} ${f(y + cell * 0.44)} ${f(x + cell * 0.22)} ${f(y + cell * 0.52)}` +
        `L${f(x + cell * 0.3)} ${f(y + cell * 0.92)}Z`;
    }
    return `<path class="${group.className}" d="${d}"></path>`;
  });

  const alt = `${description ? `${description}: ` : ""}${groups
    .map((g) => `${g.count} ${g.label}`)
    .join("; ")}.`;
  figure.innerHTML = `<svg viewBox="0 0 ${f(width)} ${f(height)}" width="${f(width)}" height="${f(height)}" role="img"></svg>
<figcaption class="icon-array__legend"><ul></ul></figcaption>`;
  const svg = figure.querySelector("svg")!;
  svg.setAttribute("aria-label", alt);
  svg.innerHTML = paths.join("");
  const list = figure.querySelector("ul")!;
  for (const group of groups) {
    const item = document.createElement("li");
    item.innerHTML = `<svg class="icon-array__swatch" viewBox="0 0 10 10" aria-hidden="true"><rect class="${group.className}" width="10" height="10" rx="2"></rect></svg><strong></strong> `;
    item.querySelector("strong")!.textContent = String(group.count);
    item.append(group.label);
    list.append(item);
  }
  return figure;
}

const f = (x: number) => String(Math.round(x * 10) / 10);
