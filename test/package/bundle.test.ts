/**
 * The built package keeps its promises about what each entry loads: the core never
 * imports `node:` modules (it runs in browsers), `peermatch/algorithms` loads neither
 * zod nor the LP solver, and csv-parse is loaded by `peermatch/import` only. Follows every relative import of the built ESM files
 * (the global test setup builds `dist/` when the sources changed).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

/** Every bare module specifier reachable from a built entry, following relative chunks. */
function bareImports(entry: string): Set<string> {
  const bare = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    for (const match of code.matchAll(
      /(?:^|[;\s])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm,
    )) {
      const specifier = match[1] ?? match[2] ?? "";
      if (specifier.startsWith(".")) visit(join(dirname(file), specifier));
      else bare.add(specifier);
    }
  };
  visit(join(dist, entry));
  return bare;
}

describe("the built package", () => {
  it("peermatch/algorithms loads neither zod nor the LP solver", () => {
    const imports = bareImports("algorithms.js");
    expect(
      [...imports].filter((name) => name === "zod" || name.startsWith("zod/") || name === "javascript-lp-solver"),
    ).toEqual([]);
  });

  it("peermatch/algorithms/lp is where the LP solver is loaded", () => {
    expect(bareImports("algorithms-lp.js").has("javascript-lp-solver")).toBe(true);
  });

  it("csv-parse is loaded by peermatch/import only, from its browser build (ESM) or its Node build (CommonJS)", () => {
    const isCsvParse = (name: string) => name === "csv-parse" || name.startsWith("csv-parse/");
    for (const entry of ["index.js", "algorithms.js", "algorithms-lp.js", "research.js"]) {
      expect([...bareImports(entry)].filter(isCsvParse)).toEqual([]);
    }
    expect([...bareImports("import.js")].filter(isCsvParse)).toEqual(["csv-parse/browser/esm/sync"]);
    const commonJs = readFileSync(join(dist, "import.cjs"), "utf8");
    expect([...commonJs.matchAll(/require\(["'](csv-parse[^"']*)["']\)/g)].map((match) => match[1])).toEqual([
      "csv-parse/sync",
    ]);
    for (const entry of ["index.cjs", "algorithms.cjs", "research.cjs"])
      expect(readFileSync(join(dist, entry), "utf8")).not.toMatch(/csv-parse/);
  });

  it("peermatch/research does not load the LP solver", () => {
    expect(bareImports("research.js").has("javascript-lp-solver")).toBe(false);
  });

  it("the core never imports node: modules, so it runs in a browser", () => {
    for (const entry of ["index.js", "algorithms.js", "algorithms-lp.js", "import.js", "research.js"]) {
      expect(
        [...bareImports(entry)].filter(
          (name) => name.startsWith("node:") || ["fs", "path", "util", "child_process"].includes(name),
        ),
      ).toEqual([]);
    }
  });

  it("an error thrown by the ESM build is recognised by the CJS build's isMatchInputError", async () => {
    const esm = (await import(pathToFileURL(join(dist, "index.js")).href)) as typeof import("peermatch");
    const cjs = createRequire(import.meta.url)(join(dist, "index.cjs")) as typeof import("peermatch");
    let thrown: unknown;
    try {
      esm.matchPeers([{ id: "a" }, { id: "a" }]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown instanceof cjs.MatchInputError).toBe(false); // the dual-package hazard
    expect(cjs.isMatchInputError(thrown)).toBe(true);
    expect(esm.version).toBe(cjs.version);
  });
});
