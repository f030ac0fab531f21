/** esbuild's options for the browser modules the site vendors into src/vendor. */
export const BROWSER_BUNDLE = {
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  logLevel: "error",
} as const;
