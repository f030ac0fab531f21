// The lecture's nutrition table (grams of carbohydrates, proteins and fats in 100 g of each
// food), pre-processed at build time with arquero: each food's total and every nutrient's share
// of it, plus the lecture's printed answer. Writes one JSON object to stdout.
import { readFileSync } from "node:fs";
import { fromCSV, not, op } from "arquero";
import { columnShares } from "../../lib/index.js";

type Row = Record<string, number | string>;
const read = (name: string) =>
  fromCSV(readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8"));
const table = read("nutricion.csv");
const foods = table.columnNames().filter((name) => name !== "nutriente");
const nutrients = table.array("nutriente") as string[];

// One row per (nutrient, food); each food's total; each nutrient's share of that total.
const rows = table
  .fold(not("nutriente"), { as: ["comida", "gramos"] })
  .groupby("comida")
  .derive({ total: op.sum("gramos") })
  .derive({ proporcion: (d: { gramos: number; total: number }) => d.gramos / d.total })
  .objects() as Row[];
const grid = (key: string) =>
  nutrients.map((r) =>
    foods.map((c) => rows.find((d) => d.nutriente === r && d.comida === c)![key] as number),
  );
const [grams, shares] = [grid("gramos"), grid("proporcion")];
const totals = foods.map((c) => rows.find((d) => d.comida === c)!.total as number);

// Cross-check with the library's NumPy-style m / m.sum(axis=0): fail the build if they differ.
const expected = columnShares(grams);
if (shares.some((row, i) => row.some((x, j) => !(Math.abs(x - expected[i][j]) < 1e-12)))) {
  console.error("nutricion.json: las proporciones de arquero y de columnShares no coinciden");
  process.exit(1);
}
const lecture = read("nutricion-clase.csv").objects() as Row[];
const printed = (name: string) =>
  foods.map((c) => lecture.find((d) => d.fila === name)![c] as number);
const clase = { totales: printed("Total calorías"), proporciones: nutrients.map(printed) };
console.error(`nutricion.json: ${nutrients.length} nutrientes × ${foods.length} comidas`);
const result = { comidas: foods, nutrientes: nutrients, gramos: grams, totales: totals };
process.stdout.write(JSON.stringify({ ...result, proporciones: shares, clase }));
