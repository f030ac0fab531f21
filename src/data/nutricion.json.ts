// The lecture's nutrition table (kilocalories that carbohydrates, proteins and fats contribute
// to 100 g of each food), pre-processed at build time with arquero: each food's total kcal,
// every nutrient's share of it, the grams behind each figure (kcal ÷ kcal per gram), plus the
// lecture's printed answer. Writes one JSON object to stdout.
import { readFileSync } from "node:fs";
import { fromCSV, not, op } from "arquero";
import { columnShares, divideRows } from "../../lib/index.js";

type Row = Record<string, number | string>;
const read = (name: string) =>
  fromCSV(readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8"), { comment: "#" });
const table = read("nutricion.csv");
const foods = table
  .columnNames()
  .filter((name) => name !== "nutriente" && name !== "kcal_por_gramo");
const nutrients = table.array("nutriente") as string[];
const kcalPerGram = table.array("kcal_por_gramo") as number[];

// One row per (nutrient, food); each food's total; each nutrient's share of it; its grams.
const rows = table
  .fold(not("nutriente", "kcal_por_gramo"), { as: ["comida", "kcal"] })
  .groupby("comida")
  .derive({ total: op.sum("kcal") })
  .derive({
    proporcion: (d: { kcal: number; total: number }) => d.kcal / d.total,
    gramos: (d: { kcal: number; kcal_por_gramo: number }) => d.kcal / d.kcal_por_gramo,
  })
  .objects() as Row[];
const grid = (key: string) =>
  nutrients.map((r) =>
    foods.map((c) => rows.find((d) => d.nutriente === r && d.comida === c)![key] as number),
  );
const [kcal, shares, grams] = [grid("kcal"), grid("proporcion"), grid("gramos")];
const totals = foods.map((c) => rows.find((d) => d.comida === c)!.total as number);

// Cross-check with the library (NumPy-style m / m.sum(axis=0) and m / d.reshape(-1, 1)).
const differ = (a: number[][], b: number[][]) =>
  a.some((row, i) => row.some((x, j) => !(Math.abs(x - b[i][j]) < 1e-12)));
if (differ(shares, columnShares(kcal)) || differ(grams, divideRows(kcal, kcalPerGram))) {
  console.error("nutricion.json: los cálculos de arquero y de lib/ no coinciden");
  process.exit(1);
}
const lecture = read("nutricion-clase.csv").objects() as Row[];
const printed = (name: string) =>
  foods.map((c) => lecture.find((d) => d.fila === name)![c] as number);
const clase = { totales: printed("Total calorías"), proporciones: nutrients.map(printed) };
console.error(`nutricion.json: ${nutrients.length} nutrientes × ${foods.length} comidas`);
const result = {
  comidas: foods,
  nutrientes: nutrients,
  kcal,
  totales: totals,
  proporciones: shares,
};
process.stdout.write(
  JSON.stringify({ ...result, kcalPorGramo: kcalPerGram, gramos: grams, clase }),
);
