/**
 * Launches Debian's Chromium through playwright-core with the flags that give headless pages a
 * real WebGPU adapter (SwiftShader) and keep Chromium off the network.
 * CHROMIUM_PATH overrides the executable; E2E_NO_WEBGPU=1 drops the WebGPU flags.
 */
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Features turned off. Chromium's address bar, not the site: in headless mode, Chromium 156
 * builds the omnibox's WebUI popup (chrome://omnibox-popup.top-chrome, ~400 requests) in a
 * renderer of its own for about every other new window, 2–3 s of CPU while the page loads, on a
 * 2-core machine. A student's browser builds it with the window, not with each page; every
 * benchmark run and e2e test opens a new window. Measured: with both features off, no such
 * renderer in 10 of 10 loads (one of them off: about half the loads still had it).
 * Chromium reads only the last --disable-features, so Playwright's own list (1.65,
 * chromiumSwitches.ts) is repeated here; without it those features would come back on.
 */
const DISABLED_FEATURES = [
  "WebUIOmniboxPopup",
  "WebUIOmniboxAimPopup",
  // Playwright's
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
];

const BASE_ARGS = [
  "--headless=new",
  `--disable-features=${DISABLED_FEATURES.join(",")}`,
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
