import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: runs on any JS runtime, so no `node:` imports.
    entry: { index: "src/index.ts", algorithms: "src/algorithms/index.ts", "algorithms-lp": "src/algorithms/lp.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // No source maps: they were two thirds of the package and pointed at sources it does not ship.
    sourcemap: false,
    clean: true,
    target: "es2022",
    platform: "neutral",
    splitting: true,
    treeshake: true,
  },
  {
    // The command line, for Node only.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    sourcemap: false,
    target: "node20",
    platform: "node",
    splitting: false,
  },
]);
