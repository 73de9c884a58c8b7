/**
 * The layering rule of ARCHITECTURE.md, checked on the import lines of every source file:
 * each area of `src/` may import only the areas listed for it. A new folder needs a rule
 * here before it can import anything.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const srcRoot = fileURLToPath(new URL("../../src/", import.meta.url));

/** Everything may use these: the leaves of the layering. */
const LEAVES = ["internal", "errors", "version"];
/** What a programme may use besides its own folder. */
const PROGRAMME_BASE = ["programs/shared", "compatibility", "features", "model", "algorithms", ...LEAVES];

/** Area → the other areas it may import. `"*"` allows every area. */
const RULES: Readonly<Record<string, readonly string[]>> = {
  errors: [],
  version: [],
  internal: ["errors"],
  algorithms: ["internal", "errors"],
  model: LEAVES,
  features: ["model", ...LEAVES],
  compatibility: ["features", "model", ...LEAVES],
  synthetic: ["model", ...LEAVES],
  "programs/shared": ["compatibility", "features", "model", "algorithms", ...LEAVES],
  "programs/peers": PROGRAMME_BASE,
  "programs/mentors": PROGRAMME_BASE,
  "programs/lifecycle": [...PROGRAMME_BASE, "programs/peers"],
  "programs/circles": [...PROGRAMME_BASE, "programs/lifecycle"],
  report: ["programs/peers", "programs/mentors", "programs/lifecycle", "programs/circles", ...PROGRAMME_BASE],
  research: [
    "programs/shared",
    "programs/peers",
    "programs/mentors",
    "programs/lifecycle",
    "compatibility",
    "features",
    "model",
    "algorithms",
    ...LEAVES,
  ],
  schema: ["model", ...LEAVES],
  import: ["model", ...LEAVES],
  cli: ["*"],
  index: ["*"],
};

/** npm packages (and `node:` modules) an area may import; others may import none but these. */
const PACKAGES: Readonly<Record<string, readonly string[]>> = {
  // One module (internal/seeded-stream.ts) loads seedrandom, so bundles that never draw from it drop it.
  internal: ["seedrandom/seedrandom.js"],
  algorithms: ["javascript-lp-solver"],
  // Schemas are written with zod/mini (tree-shakable, no locales): classic "zod" would put
  // ~100 KB gzip into every browser bundle. See docs/contributing.md.
  model: ["zod/mini", "zod/v4/core"],
  schema: ["zod/mini"],
  import: ["csv-parse"],
  cli: ["node:*"],
};

/** The area of a file under src: its first folder, or `programs/<programme>`, or its own name at the top. */
function areaOf(file: string): string {
  const parts = file.split("/");
  if (parts.length === 1) return parts[0]!.replace(/\.[jt]s$/, "");
  if (parts[0] === "programs" && parts.length > 2) return `programs/${parts[1]}`;
  return parts[0]!;
}

/** Module specifiers of a file's import and export lines (not of code shown in comments). */
function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gm)) specifiers.push(match[1]!);
  for (const match of source.matchAll(/^import\s+"([^"]+)"/gm)) specifiers.push(match[1]!);
  for (const match of source.matchAll(/^(?!\s*(?:\*|\/\/)).*\bimport\("([^"]+)"\)/gm)) specifiers.push(match[1]!);
  return specifiers;
}

/** The violations of one file (path relative to src), as readable lines. */
function violationsOf(file: string, source: string): string[] {
  const area = areaOf(file);
  const allowed = RULES[area];
  if (allowed === undefined) return [`${file}: the area "${area}" has no rule in dependency-rules.test.ts`];
  const found: string[] = [];
  for (const specifier of importsOf(source)) {
    if (specifier.startsWith(".")) {
      const target = areaOf(normalize(join(dirname(file), specifier)).replaceAll("\\", "/"));
      if (target === area || allowed.includes("*") || allowed.includes(target)) continue;
      found.push(`${file} imports "${specifier}": ${area} may not import ${target}`);
    } else {
      const packages = PACKAGES[area] ?? [];
      const ok = packages.some(
        (p) => p === specifier || specifier.startsWith(`${p}/`) || (p === "node:*" && specifier.startsWith("node:")),
      );
      if (!ok) found.push(`${file} imports the package "${specifier}": ${area} may not`);
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [relative(srcRoot, path).replaceAll("\\", "/")] : [];
  });
}

describe("dependency rules", () => {
  it("every import in src follows the layering of ARCHITECTURE.md", () => {
    const violations = sourceFiles(srcRoot).flatMap((file) =>
      violationsOf(file, readFileSync(join(srcRoot, file), "utf8")),
    );
    expect(violations).toEqual([]);
  });

  it("names the file and the import of a forbidden edge", () => {
    expect(violationsOf("algorithms/roommates/x.ts", 'import { z } from "../../model/types.js";\n')).toEqual([
      'algorithms/roommates/x.ts imports "../../model/types.js": algorithms may not import model',
    ]);
    expect(violationsOf("programs/peers/x.ts", 'import type { A } from "../mentors/result.js";\n')).toEqual([
      'programs/peers/x.ts imports "../mentors/result.js": programs/peers may not import programs/mentors',
    ]);
    expect(violationsOf("model/x.ts", 'import { readFileSync } from "node:fs";\n')).toEqual([
      'model/x.ts imports the package "node:fs": model may not',
    ]);
  });

  it("reads multi-line, re-export and dynamic imports, and skips code shown in comments", () => {
    const source = [
      "import {",
      "  a,",
      '} from "./a.js";',
      'export { b } from "./b.js";',
      ' * import { c } from "peermatch";',
      'const d = await import("./d.js");',
    ].join("\n");
    expect(importsOf(source)).toEqual(["./a.js", "./b.js", "./d.js"]);
  });

  it("needs a rule for every area", () => {
    expect(violationsOf("newfolder/x.ts", "")).toEqual([
      'newfolder/x.ts: the area "newfolder" has no rule in dependency-rules.test.ts',
    ]);
  });
});
