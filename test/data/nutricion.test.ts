/**
 * The nutrition data keeps its meaning: the figures are the kilocalories each nutrient gives
 * 100 g of each food (the lecture's heading says «Cantidad … en 100g», but its «Total calorías»
 * row is the sum of each column). Runs the real loader, as the build does.
 */
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, test } from "vitest";
import { NUTRITION } from "../../lib/exercises/catalog/vectorizacion.js";

interface Nutrition {
  comidas: string[];
  nutrientes: string[];
  kcal: number[][];
  totales: number[];
  proporciones: number[][];
  kcalPorGramo: number[];
  gramos: number[][];
  clase: { totales: number[]; proporciones: number[][] };
}

let data: Nutrition;
beforeAll(() => {
  const out = execFileSync("node_modules/.bin/tsx", ["src/data/nutricion.json.ts"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  data = JSON.parse(out) as Nutrition;
});

const columnSums = (m: number[][]) => m[0].map((_, j) => m.reduce((s, row) => s + row[j], 0));

describe("src/data/nutricion.json.ts", () => {
  test("every food's kcal sum equals its «Total calorías» within the lecture's rounding (0.05)", () => {
    expect(data.comidas).toEqual(["Manzanas", "Carne", "Huevos", "Papas"]);
    expect(data.clase.totales).toHaveLength(data.comidas.length);
    columnSums(data.kcal).forEach((sum, j) => {
      expect(Math.abs(sum - data.clase.totales[j]), data.comidas[j]).toBeLessThanOrEqual(0.05);
    });
    expect(data.totales).toEqual(columnSums(data.kcal));
  });

  test("as grams (kcal ÷ 4, 4, 9 kcal per gram) every food holds less than 100 g of the three", () => {
    expect(data.kcalPorGramo).toEqual([4, 4, 9]);
    columnSums(data.gramos).forEach((g, j) => expect(g, data.comidas[j]).toBeLessThan(100));
    // Read as grams, the beef column would add up to 239 g inside 100 g: that reading is impossible.
    expect(columnSums(data.kcal)[1]).toBeGreaterThan(100);
  });

  test("the lecture's answer is the shares of the kcal, truncated to two decimals", () => {
    data.proporciones.forEach((row, i) =>
      row.forEach((x, j) => expect(Math.trunc(x * 100) / 100).toBe(data.clase.proporciones[i][j])),
    );
  });

  test("the exercise on /ejercicios uses the same table as the page", () => {
    expect(NUTRITION).toEqual(data.kcal);
  });
});
