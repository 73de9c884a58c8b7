/**
 * peermatch in a real browser: the built ESM bundle, bundled for the page as an
 * application's bundler would, matches a generated cohort in headless Chromium; and
 * the HTML match report renders (headline, histogram, pairs) there too.
 *
 * Needs Chromium: the global test setup finds it (or installs Debian's), and when it
 * cannot, these tests fail saying what to run. `PEERMATCH_SKIP_BROWSER=1` skips them on
 * purpose, for local runs only.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateCohort, matchPeers, renderReport } from "peermatch";

const setup = inject("browser");
const root = fileURLToPath(new URL("../..", import.meta.url));

describe.skipIf("skipped" in setup)("in headless Chromium", () => {
  let browser: Browser;
  let server: ReturnType<typeof createServer>;
  let origin = "";

  beforeAll(async () => {
    if ("missing" in setup) throw new Error(setup.missing);
    const executablePath = "path" in setup ? setup.path : "";
    const dir = mkdtempSync(join(tmpdir(), "peermatch-browser-"));
    const entry = join(dir, "entry.js");
    writeFileSync(
      entry,
      `import { generateCohort, matchPeers } from ${JSON.stringify(join(root, "dist", "index.js"))};
       const result = matchPeers(generateCohort(40, { seed: "browser" }), { availability: { referenceDate: "2026-03-02" } });
       document.getElementById("out").textContent = JSON.stringify(result.stats);`,
    );
    await build({
      entryPoints: [entry],
      bundle: true,
      format: "esm",
      platform: "browser",
      outfile: join(dir, "app.js"),
      logLevel: "silent",
    });
    writeFileSync(
      join(dir, "index.html"),
      '<!doctype html><meta charset="utf-8"><pre id="out"></pre><script type="module" src="/app.js"></script>',
    );
    writeFileSync(
      join(dir, "report.html"),
      renderReport(
        matchPeers(generateCohort(30, { seed: "report" }), { availability: { referenceDate: "2026-03-02" } }),
        { format: "html" },
      ),
    );
    server = createServer((request, response) => {
      const name = request.url === "/" ? "index.html" : (request.url ?? "").slice(1);
      readFile(join(dir, name)).then(
        (body) =>
          response.writeHead(200, { "content-type": name.endsWith(".js") ? "text/javascript" : "text/html" }).end(body),
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it("matches a generated cohort with the ESM bundle", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(origin);
    await page.waitForFunction('document.getElementById("out").textContent !== ""', undefined, { timeout: 30_000 });
    const stats = JSON.parse((await page.textContent("#out")) ?? "{}");
    expect(errors).toEqual([]);
    expect(stats.participants).toBe(40);
    expect(stats.matched).toBeGreaterThan(30);
    const inNode = matchPeers(generateCohort(40, { seed: "browser" }), {
      availability: { referenceDate: "2026-03-02" },
    });
    expect(stats).toEqual(JSON.parse(JSON.stringify(inNode.stats)));
  });

  it("renders the HTML report: headline, histogram bars and every pair", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${origin}/report.html`);
    expect(await page.locator("#headline tr").count()).toBeGreaterThanOrEqual(6);
    const bars = page.locator("#histogram rect");
    expect(await bars.count()).toBe(10);
    const box = await page.locator("#histogram").boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect(await page.locator("#pairs > li").count()).toBeGreaterThan(10);
    expect(requests.every((url) => url.startsWith(origin))).toBe(true);
  });
});
