/**
 * EventGrid({rows, columns}, {value, presets, …}) → a clickable grid of equally likely
 * outcomes (rows × columns, e.g. two dice: 6 × 6) on which the student marks two events,
 * A and B. `.value` is {a, b}: the cell numbers in each event, cell = row · columns + column.
 *
 * A switch chooses which event a click marks; clicking (or Enter/Space on a focused cell)
 * adds the cell to that event or takes it out. Arrow keys move between cells, Home/End go
 * to the ends of a row, and the keys «a» and «b» switch the event being marked. Membership
 * is shown by colour and by the letters A and B, never by colour alone. Preset buttons set
 * the whole value (e.g. the lecture's example, or empty). Dispatches `input` on change.
 */
let counter = 0;

export interface EventGridValue {
  a: number[];
  b: number[];
}

export interface EventGridData {
  /** Row labels (first variable's outcomes), e.g. ["1", …, "6"] or ["cara", "cruz"]. */
  rows: readonly string[];
  /** Column labels (second variable's outcomes). */
  columns: readonly string[];
  /** What the rows and columns are, e.g. "Primer dado" and "Segundo dado". */
  rowTitle: string;
  columnTitle: string;
}

export interface EventGridOptions {
  value?: EventGridValue;
  presets?: readonly { label: string; value: EventGridValue }[];
  /** Accessible name of the grid, e.g. "Las 36 tiradas de dos dados". */
  label: string;
  width?: number;
}

export interface EventGridElement extends HTMLElement {
  value: EventGridValue;
}

export function EventGrid(
  { rows, columns, rowTitle, columnTitle }: EventGridData,
  { value: initial = { a: [], b: [] }, presets = [], label, width }: EventGridOptions,
): EventGridElement {
  const id = `event-grid-${++counter}`;
  const root = document.createElement("div") as unknown as EventGridElement;
  root.className = "event-grid";
  if (width) root.style.maxWidth = `${width}px`;
  const a = new Set(initial.a);
  const b = new Set(initial.b);
  let mode: "a" | "b" = "a";
  let focused = 0;

  // Which event a click marks.
  const modes = document.createElement("fieldset");
  modes.className = "event-grid__modes";
  modes.innerHTML = `<legend>Al hacer clic, marcar el evento</legend>
<label class="event-grid__mode event-grid__mode--a"><input type="radio" name="${id}-mode" value="a" checked> A</label>
<label class="event-grid__mode event-grid__mode--b"><input type="radio" name="${id}-mode" value="b"> B</label>`;
  modes.addEventListener("change", (event) => {
    mode = (event.target as HTMLInputElement).value as "a" | "b";
    event.stopPropagation(); // the mode is not part of the value
  });
  modes.addEventListener("input", (event) => event.stopPropagation());
  const setMode = (next: "a" | "b") => {
    mode = next;
    modes.querySelector<HTMLInputElement>(`input[value="${next}"]`)!.checked = true;
  };

  // The grid: a table with a header row and a header column.
  const table = document.createElement("table");
  table.className = "event-grid__table";
  table.setAttribute("aria-label", label);
  table.setAttribute("aria-describedby", `${id}-help`);
  const caption = document.createElement("caption");
  caption.textContent = `${rowTitle} (filas) × ${columnTitle} (columnas)`;
  const head = document.createElement("tr");
  head.append(document.createElement("th"));
  for (const column of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = column;
    head.append(th);
  }
  table.append(caption, head);
  const buttons: HTMLButtonElement[] = [];
  rows.forEach((row, r) => {
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = row;
    tr.append(th);
    columns.forEach((column, c) => {
      const cell = r * columns.length + c;
      const td = document.createElement("td");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "event-grid__cell";
      button.dataset.cell = String(cell);
      button.dataset.name = `${rowTitle} ${row}, ${columnTitle.toLowerCase()} ${column}`;
      button.innerHTML = `<span class="event-grid__tag event-grid__tag--a">A</span><span class="event-grid__tag event-grid__tag--b">B</span>`;
      td.append(button);
      tr.append(td);
      buttons.push(button);
    });
    table.append(tr);
  });

  const help = document.createElement("p");
  help.className = "event-grid__help";
  help.id = `${id}-help`;
  help.textContent =
    "Clic o Enter/Espacio: agrega o quita la casilla del evento elegido. Flechas: moverse entre casillas. Teclas A y B: elegir el evento.";

  const toolbar = document.createElement("div");
  toolbar.className = "event-grid__presets";
  for (const preset of presets) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = preset.label;
    button.addEventListener("click", () => {
      a.clear();
      b.clear();
      preset.value.a.forEach((cell) => a.add(cell));
      preset.value.b.forEach((cell) => b.add(cell));
      render();
      root.dispatchEvent(new Event("input", { bubbles: true }));
    });
    toolbar.append(button);
  }

  const render = () => {
    buttons.forEach((button, cell) => {
      const inA = a.has(cell);
      const inB = b.has(cell);
      button.classList.toggle("event-grid__cell--a", inA);
      button.classList.toggle("event-grid__cell--b", inB);
      const where = inA && inB ? "en A y en B" : inA ? "en A" : inB ? "en B" : "fuera de A y de B";
      button.setAttribute("aria-label", `${button.dataset.name}: ${where}`);
      button.tabIndex = cell === focused ? 0 : -1;
    });
  };

  const focusCell = (cell: number) => {
    focused = cell;
    render();
    buttons[cell].focus();
  };

  table.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>(".event-grid__cell");
    if (!button) return;
    const cell = Number(button.dataset.cell);
    const set = mode === "a" ? a : b;
    if (set.has(cell)) set.delete(cell);
    else set.add(cell);
    focused = cell;
    render();
    root.dispatchEvent(new Event("input", { bubbles: true }));
  });

  table.addEventListener("keydown", (event) => {
    const width = columns.length;
    const r = Math.floor(focused / width);
    const c = focused % width;
    const moves: Record<string, number> = {
      ArrowRight: c < width - 1 ? focused + 1 : focused,
      ArrowLeft: c > 0 ? focused - 1 : focused,
      ArrowDown: r < rows.length - 1 ? focused + width : focused,
      ArrowUp: r > 0 ? focused - width : focused,
      Home: r * width,
      End: r * width + width - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusCell(moves[event.key]);
    } else if (event.key === "a" || event.key === "A") setMode("a");
    else if (event.key === "b" || event.key === "B") setMode("b");
  });

  root.append(modes, table, help, toolbar);
  Object.defineProperty(root, "value", {
    get: (): EventGridValue => ({
      a: [...a].sort((x, y) => x - y),
      b: [...b].sort((x, y) => x - y),
    }),
    set: (v: EventGridValue) => {
      a.clear();
      b.clear();
      v.a.forEach((cell) => a.add(cell));
      v.b.forEach((cell) => b.add(cell));
      render();
    },
  });
  render();
  return root;
}
