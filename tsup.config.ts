import { defineConfig } from "tsup";

/**
 * `peermatch/import` parses CSV with csv-parse. Its ESM build imports csv-parse's browser
 * build, which carries its own `Buffer` and so runs in browsers as well as in Node, Deno
 * and Bun; the CommonJS build (Node only: bundlers for the browser take the ESM build)
 * requires csv-parse's Node build instead, because the browser build is ESM only.
 */
const csvParseForCommonJs = {
  name: "csv-parse-for-commonjs",
  renderChunk(this: { format: string }, code: string) {
    if (this.format !== "cjs") return undefined;
    // User plugins see each chunk before tsup turns it into CommonJS: rewrite the specifier.
    return { code: code.replaceAll('"csv-parse/browser/esm/sync"', '"csv-parse/sync"') };
  },
};

export default defineConfig([
  {
    // The library: runs on any JS runtime, so no `node:` imports.
    entry: {
      index: "src/index.ts",
      algorithms: "src/algorithms/index.ts",
      "algorithms-lp": "src/algorithms/lp.ts",
      import: "src/import/index.ts",
      research: "src/research/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    // No source maps: they were two thirds of the package and pointed at sources it does not ship.
    sourcemap: false,
    clean: true,
    target: "es2022",
    platform: "neutral",
    splitting: true,
    treeshake: true,
    plugins: [csvParseForCommonJs],
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
