/**
 * Launches Debian's Chromium through playwright-core with the flags that give headless pages a
 * real WebGPU adapter (SwiftShader) and keep Chromium off the network.
 * CHROMIUM_PATH overrides the executable; E2E_NO_WEBGPU=1 drops the WebGPU flags.
 */
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const BASE_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export const WEBGPU_ARGS = [
  "--enable-unsafe-webgpu",
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
];

export async function launchBrowser({ webgpu = true } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: webgpu ? [...BASE_ARGS, ...WEBGPU_ARGS] : [...BASE_ARGS, "--disable-gpu"],
  });
}
