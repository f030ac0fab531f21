/**
 * How a page may talk about the lecture's nutrition table: its figures are the kilocalories
 * each nutrient gives 100 g of a food, never grams (issue 23). Shared by the /vectorizacion and
 * /ejercicios tests.
 */
import { expect } from "vitest";

/** The lecture's «Total calorías» row (data/nutricion-clase.csv): the largest is beef's 239. */
export const LECTURE_TOTAL_KCAL = [59, 239, 155.4, 76.9];

/**
 * Every number written right before «kcal» in a text, with or without grouped thousands:
 * «59.0 kcal», «1 631 kcal», «1,631 kcal».
 */
export function kcalFigures(text: string): number[] {
  const figure = /(\d{1,3}(?:[ ,\u202f\u00a0]\d{3})+|\d+)(\.\d+)?\s*kcal\b/g;
  return [...text.matchAll(figure)].map((m) =>
    Number(m[1].replace(/[ ,\u202f\u00a0]/g, "") + (m[2] ?? "")),
  );
}

/**
 * Fails where the text reads the lecture's figures as grams (the old «Total calorías» son
 * gramos, «de gramos a kilocalorías», «gramos de carbohidratos … en 100 g») or shows more kcal
 * than a food of the table has in total (the old ×4/4/9 extension's 245 and 1 631 kcal).
 */
export function expectKilocalorieReading(text: string): void {
  expect(text).not.toMatch(/«Total calorías» son gramos/);
  expect(text).not.toMatch(/son,? entonces,? de \**gramos/);
  expect(text).not.toMatch(/de gramos a kilocalorías/i);
  expect(text).not.toMatch(/(da|son) (los )?gramos de carbohidratos/i);
  expect(text).not.toMatch(/\(en gramos\) en 100 g/);
  const max = Math.max(...LECTURE_TOTAL_KCAL);
  for (const kcal of kcalFigures(text)) expect(kcal, `${kcal} kcal`).toBeLessThanOrEqual(max);
}
