// Test runner configuration: the whole suite under tests/, with a JSON report beside the console
// one so that CI can print its plain "N passed, N failed" line.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["tests/**/*.test.ts"],
    reporters: ["default", "json"],
    outputFile: { json: process.env.RASD_TEST_JSON ?? "node_modules/.cache/rasd/vitest.json" },
    testTimeout: 30_000,
    pool: "forks",
  },
});
