import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser } from "./browser.js";
import { openPage, withRuntime } from "./page.js";

const baseUrl = inject("baseUrl");
const PAGE = "/tensores";
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ webgpu: true });
});
afterAll(async () => {
  await browser?.close();
});

async function badgeOf(page: Page) {
  const badge = page.locator(".backend-badge[data-backend]").first();
  await badge.waitFor();
  const items = await badge.locator("li").evaluateAll((lis) =>
    lis.map((li) => ({
      name: (li as HTMLElement).dataset.backend,
      ok: (li as HTMLElement).dataset.ok,
      text: li.textContent,
    })),
  );
  return { backend: await badge.getAttribute("data-backend"), items, badge };
}

describe("tfjs runtime badge", () => {
  test("picks WebGPU when Chromium exposes a (SwiftShader) adapter, and lists the others", async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}${PAGE}`);
    const { backend, items, badge } = await badgeOf(page);
    expect(backend).toBe("webgpu");
    expect(items.map((i) => i.name)).toEqual(["webgpu", "webgl", "wasm", "cpu"]);
    expect(items[0].ok).toBe("true");
    // The details open on keyboard focus.
    await badge.locator("button").focus();
    await expect.poll(() => badge.locator(".backend-badge__details").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("falls back to WebGL and says why when WebGPU has no adapter", async () => {
    const noGpu = await launchBrowser({ webgpu: false });
    const { page, errors } = await openPage(noGpu, `${baseUrl}${PAGE}`);
    const { backend, items } = await badgeOf(page);
    expect(backend).toBe("webgl");
    expect(items[0]).toMatchObject({ name: "webgpu", ok: "false" });
    expect(items[0].text).toMatch(/adaptador|WebGPU/);
    expect(errors).toEqual([]);
    await noGpu.close();
  });

  test.each(["wasm", "cpu", "webgl"])("?backend=%s forces that backend", async (name) => {
    const { page, errors } = await openPage(browser, `${baseUrl}${PAGE}?backend=${name}`);
    const { backend, items } = await badgeOf(page);
    expect(backend).toBe(name);
    expect(items.find((i) => i.name === name)?.ok).toBe("true");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("an unknown ?backend= value is explained in Spanish and the best backend is used", async () => {
    const { page } = await openPage(browser, `${baseUrl}${PAGE}?backend=tpu`);
    const { backend, badge } = await badgeOf(page);
    expect(backend).toBe("webgpu");
    await expect
      .poll(() => badge.locator(".backend-badge__notice").textContent())
      .toMatch(/«tpu» no existe/);
    await page.close();
  });

  test("a lost WebGPU device falls back to the next backend and tells the student", async () => {
    const { page, errors } = await openPage(browser, `${baseUrl}${PAGE}`);
    expect((await badgeOf(page)).backend).toBe("webgpu");
    // Destroy the GPU device of the page's own runtime (same module instance).
    await withRuntime(page, "(r) => r.tf.backend().device.destroy()");
    const badge = page.locator('.backend-badge[data-backend="webgl"]');
    await badge.waitFor({ timeout: 30_000 });
    expect(await badge.locator(".backend-badge__notice").textContent()).toMatch(/Se perdió la GPU/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
