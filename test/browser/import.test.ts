/**
 * `peermatch/import` in a real browser: the built ESM entry, bundled for the page as an
 * application's bundler would, imports a CSV export in headless Chromium (csv-parse's
 * browser build carries its own Buffer) and gives what Node gives.
 *
 * Needs Chromium, found by the global test setup (see browser.test.ts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { safeImportParticipants } from "peermatch/import";

const setup = inject("browser");
const root = fileURLToPath(new URL("../..", import.meta.url));

describe.skipIf("skipped" in setup)("peermatch/import in headless Chromium", () => {
  it("imports the Typeform export as Node does", async () => {
    if ("missing" in setup) throw new Error(setup.missing);
    const csv = readFileSync(join(root, "examples", "data", "typeform.csv"), "utf8");
    const mapping = JSON.parse(readFileSync(join(root, "examples", "data", "typeform.mapping.json"), "utf8"));
    const dir = mkdtempSync(join(tmpdir(), "peermatch-import-browser-"));
    const entry = join(dir, "entry.js");
    writeFileSync(
      entry,
      `import { safeImportParticipants } from ${JSON.stringify(join(root, "dist", "import.js"))};
       const result = safeImportParticipants(${JSON.stringify(csv)}, ${JSON.stringify(mapping)}, { referenceDate: "2026-03-02" });
       document.getElementById("out").textContent = JSON.stringify(result);`,
    );
    await build({
      entryPoints: [entry],
      bundle: true,
      format: "esm",
      platform: "browser",
      outfile: join(dir, "app.js"),
      logLevel: "silent",
    });
    const script = readFileSync(join(dir, "app.js"), "utf8");
    const browser = await chromium.launch({
      executablePath: "path" in setup ? setup.path : "",
      args: ["--no-sandbox", "--disable-gpu"],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.setContent('<!doctype html><meta charset="utf-8"><pre id="out"></pre>');
      await page.addScriptTag({ content: script, type: "module" });
      await page.waitForFunction('document.getElementById("out").textContent !== ""', undefined, { timeout: 30_000 });
      expect(errors).toEqual([]);
      const inBrowser = JSON.parse((await page.textContent("#out")) ?? "{}");
      const inNode = safeImportParticipants(csv, mapping, { referenceDate: "2026-03-02" });
      expect(inBrowser).toEqual(JSON.parse(JSON.stringify(inNode)));
      expect(inBrowser.participants.length).toBe(10);
    } finally {
      await browser.close();
    }
  });
});
