/**
 * BayesRolesTable(rows, {caption}) → the lecture's table of the four probabilities in Bayes'
 * theorem (type, meaning, role), with two more columns for one example: what the probability
 * is there, and its value. `table.update(values)` writes the values in place while sliders
 * move (null: the inputs describe no possible population, and the values read «—»). Each value
 * cell keeps its exact number in `data-value`, and the row its role in `data-role`.
 */
import { formatNumber } from "../lib/format/formatNumber.js";
import type { BayesRoles } from "../lib/math/probability/bayesRoles.js";
import { el } from "./dom.js";

export interface BayesRoleRow {
  key: keyof Omit<BayesRoles, "joint">;
  name: string;
  symbol: string;
  meaning: string;
  role: string;
  /** The probability in the example's letters, e.g. «P(F | G)». */
  exampleSymbol: string;
  /** What it is in the example, in words. */
  example: string;
}

export interface BayesRolesTableElement extends HTMLElement {
  update(values: BayesRoles | null): void;
}

export function BayesRolesTable(
  rows: readonly BayesRoleRow[],
  { caption }: { caption: string },
): BayesRolesTableElement {
  const header = [
    "Tipo de probabilidad",
    "Significado",
    "Papel en Bayes",
    "En el ejemplo",
    "Valor",
  ];
  const valueCells = rows.map(() => el("td", { class: "bayes-roles__value" }, "—"));
  const table = el(
    "table",
    { class: "bayes-roles" },
    el("caption", {}, caption),
    el("thead", {}, el("tr", {}, ...header.map((h) => el("th", { scope: "col" }, h)))),
    el(
      "tbody",
      {},
      ...rows.map((row, i) =>
        el(
          "tr",
          { "data-role": row.key },
          el(
            "th",
            { scope: "row" },
            `${row.name} `,
            el("span", { class: "bayes-roles__symbol" }, row.symbol),
          ),
          el("td", {}, row.meaning),
          el("td", {}, row.role),
          el(
            "td",
            {},
            el("span", { class: "bayes-roles__symbol" }, row.exampleSymbol),
            `: ${row.example}`,
          ),
          valueCells[i],
        ),
      ),
    ),
  );
  const wrapper = el("div", { class: "bayes-roles__scroll" }, table) as BayesRolesTableElement;
  wrapper.update = (values) => {
    rows.forEach((row, i) => {
      const cell = valueCells[i];
      if (values === null) {
        cell.textContent = "—";
        delete cell.dataset.value;
      } else {
        cell.textContent = formatNumber(values[row.key], 3);
        cell.dataset.value = String(values[row.key]);
      }
    });
  };
  return wrapper;
}
