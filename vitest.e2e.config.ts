import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/globalSetup.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One Chromium at a time: the machines have two cores.
    fileParallelism: false,
  },
});
