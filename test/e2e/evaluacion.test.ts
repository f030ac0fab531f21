/**
 * The evaluation build (issue 19): `npm run build -- --sin-soluciones` leaves every reference
 * solution out of the built site (a grep of every file for each solution's code), the
 * exercises show no «Ver la solución» but keep their hints and grade as before; the regular
 * build (served to the other e2e tests) still shows «Ver la solución».
 */
import { spawnSync } from "node:child_process";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { serveDist } from "../../scripts/serve-dist.js";
import { findSolutionLeaks } from "../../scripts/solution-leaks.js";
import { exercise, submit } from "./exercises.js";
import { launchBrowser } from "./browser.js";
import { openPage, type PageRecord } from "./page.js";

const OUTPUT = "dist-evaluacion";
let build: ReturnType<typeof spawnSync>;
let server: Server;
let browser: Browser;
let evaluation: PageRecord;
let regular: PageRecord;

beforeAll(async () => {
  build = spawnSync("npx", ["tsx", "scripts/build.ts", "--sin-soluciones", "--salida", OUTPUT], {
    encoding: "utf-8",
    timeout: 600_000,
  });
  if (build.status !== 0) return;
  server = await serveDist(OUTPUT);
  const address = server.address();
  const port = address && typeof address === "object" ? address.port : 0;
  browser = await launchBrowser({ webgpu: false });
  evaluation = await openPage(browser, `http://localhost:${port}/ejercicios`);
  regular = await openPage(browser, `${inject("baseUrl")}/ejercicios`);
}, 660_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

test("the evaluation build succeeds and its own check finds no solution in its output", () => {
  expect(build.stderr.slice(-2000)).toContain(
    `build --sin-soluciones: ninguna solución en ${OUTPUT}/`,
  );
  expect(build.status).toBe(0);
});

test("no file of the evaluation build holds any solution's code; the regular build's only in its solutions module", () => {
  expect(findSolutionLeaks(OUTPUT)).toEqual([]);
  const leaks = findSolutionLeaks("dist");
  // The check can fail: every exercise's solution is found in the regular build, in one module.
  expect(new Set(leaks.map((l) => l.exercise)).size).toBe(21);
  expect(new Set(leaks.map((l) => l.file.replace(/\.[0-9a-f]{8}\.js$/, ".js")))).toEqual(
    new Set(["_import/vendor/exercise-solutions.js"]),
  );
});

test("the evaluation site shows no solution, keeps the hints and still grades", async () => {
  const page = evaluation.page;
  const count = await page.locator("[data-exercise]").count();
  expect(count).toBe(21);
  expect(await page.locator(".exercise__solution").count()).toBe(0);
  expect(await page.getByText("Ver la solución").count()).toBe(0);
  expect(await page.getByRole("button", { name: /^Pista \(1 de \d\)$/ }).count()).toBe(count);
  const { status } = await submit(
    page,
    "prob-bayes-consultorio",
    "return (pH * pFdadoH) / pF;",
    "Comprobar",
  );
  expect(status).toBe("pass");
  await exercise(page, "prob-bayes-consultorio").screenshot({
    path: "test-results/screenshots/ejercicio-evaluacion.png",
  });
  expect(evaluation.errors).toEqual([]);
});

test("the regular site shows «Ver la solución» on every exercise", async () => {
  expect(await regular.page.locator(".exercise__solution").count()).toBe(21);
  const first = regular.page.locator(".exercise__solution").first();
  await first.locator("summary").click();
  expect(await first.locator("code").innerText()).toContain("int32");
});
