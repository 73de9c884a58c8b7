import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests, benches and examples import the package by its public name, as users do.
    alias: [
      { find: /^peermatch\/algorithms$/, replacement: src("algorithms/index.ts") },
      { find: /^peermatch\/algorithms\/lp$/, replacement: src("algorithms/lp.ts") },
      { find: /^peermatch\/import$/, replacement: src("import/index.ts") },
      { find: /^peermatch\/research$/, replacement: src("research/index.ts") },
      { find: /^peermatch$/, replacement: src("index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/support/setup.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
