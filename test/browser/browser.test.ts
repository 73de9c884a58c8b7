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
import { generateCohort, matchPeers, renderReport, scoreMatching } from "peermatch";
import { contrastsScript } from "../support/contrast.js";

const setup = inject("browser");

/**
 * In the page: the text contrast ratio (WCAG 2 relative luminance) of body text, scores,
 * flags, "not answered" and header cells against the first opaque background behind them.
 */
const CONTRASTS = contrastsScript("body, .group .score, .flag, .na, th");
const reportCohort = generateCohort(30, { seed: "report" }).map((person, k) => ({ ...person, name: `Person ${k}` }));
const reportResult = matchPeers(reportCohort, { availability: { referenceDate: "2026-03-02" } });
const root = fileURLToPath(new URL("../..", import.meta.url));
/** A hand-made matching of the report cohort: consecutive people paired, the last two left out. */
const whatIfGroups = Array.from({ length: 14 }, (_, k) => [reportCohort[2 * k]!.id, reportCohort[2 * k + 1]!.id]);
const whatIfResult = scoreMatching(reportCohort, whatIfGroups, { availability: { referenceDate: "2026-03-02" } });

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
      renderReport(reportResult, { format: "html", participants: reportCohort, lowScore: 0.4 }),
    );
    writeFileSync(
      join(dir, "what-if.html"),
      renderReport(whatIfResult, { format: "html", participants: reportCohort }),
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

  it("renders the HTML report: names, readable bars, headings, table headers, contrast, print layout", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${origin}/report.html`);
    expect(await page.locator("h1").textContent()).toBe("Match report");
    expect(await page.locator("#headline tr").count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator("#histogram rect").count()).toBe(10);
    expect((await page.locator("#histogram").boundingBox())?.width ?? 0).toBeGreaterThan(200);
    expect(await page.locator("#histogram").getAttribute("aria-label")).toMatch(/^Groups per score range: /);
    const groups = page.locator("#pairs > section.group");
    expect(await groups.count()).toBe(reportResult.pairs.length);
    // Names next to ids.
    expect(await groups.first().locator("h3").textContent()).toMatch(/Person \d+ \(p\d+\)/);
    // Headings never skip a level (h1, h2, h3, h4 …).
    const levels = await page.$$eval("h1, h2, h3, h4, h5, h6", (hs) => hs.map((h) => Number(h.tagName.slice(1))));
    for (const [k, level] of levels.entries()) expect(level - (k === 0 ? 0 : levels[k - 1]!)).toBeLessThanOrEqual(1);
    // Every data table has header cells with a scope.
    const scopes = await page.$$eval("th", (ths) => ths.map((th) => th.getAttribute("scope")));
    expect(scopes.every((scope) => scope === "row" || scope === "col")).toBe(true);
    // Per-feature bars are readable: a track of fixed width, filled in proportion (not 1-pixel ticks).
    const bars = await page.$$eval(".breakdown td", (cells) =>
      cells
        .map((cell) => {
          const track = cell.querySelector(".track");
          const fill = cell.querySelector(".fill");
          const value = Number(cell.querySelector(".num")?.textContent ?? "NaN");
          return track && fill
            ? { track: track.getBoundingClientRect(), fill: fill.getBoundingClientRect().width, value }
            : null;
        })
        .filter((bar) => bar !== null),
    );
    expect(bars.length).toBeGreaterThan(20);
    for (const bar of bars) {
      expect(bar!.track.width).toBeGreaterThanOrEqual(100);
      expect(bar!.track.height).toBeGreaterThanOrEqual(8);
      expect(Math.abs(bar!.fill - bar!.value * (bar!.track.width - 2))).toBeLessThanOrEqual(2);
    }
    expect(await page.locator(".breakdown .na").count()).toBeGreaterThan(0);
    // Low-scoring pairs are flagged in words, not only by colour.
    const low = reportResult.pairs.filter((pair) => pair.score < 0.4).length;
    expect(await page.locator("section.group.low .flag").count()).toBe(low);
    // Text contrast at least 4.5:1 (WCAG AA) for body text, scores, flags and "not answered".
    const contrasts = (await page.evaluate(CONTRASTS)) as number[];
    expect(contrasts.length).toBeGreaterThan(10);
    expect(Math.min(...contrasts)).toBeGreaterThanOrEqual(4.5);
    expect(requests.every((url) => url.startsWith(origin))).toBe(true);
    // A screenshot for a person to look at (not committed: test-output/ is ignored).
    const shot = join(root, "test-output", "report.png");
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`report screenshot: ${shot}`);
    // Printable: each group stays on one page and the bars print.
    await page.emulateMedia({ media: "print" });
    expect(await page.evaluate('getComputedStyle(document.querySelector("section.group")).breakInside')).toBe("avoid");
    expect(await page.evaluate('getComputedStyle(document.querySelector(".fill")).printColorAdjust')).toBe("exact");
  });

  it("renders a scored hand-made matching with its comparison to the optimum", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${origin}/what-if.html`);
    expect(await page.locator("h1").textContent()).toBe("What-if report (a hand-made matching)");
    expect(await page.locator("h2", { hasText: "Compared with the optimum" }).count()).toBe(1);
    const cells = await page.$$eval("#comparison tbody tr", (rows) =>
      rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent)),
    );
    expect(cells[0]).toEqual([
      "Total score",
      whatIfResult.stats.totalScore.toFixed(2),
      whatIfResult.comparison.optimumTotal.toFixed(2),
    ]);
    expect(await page.locator("#broken-vetoes li").count()).toBe(whatIfResult.vetoesBroken.length);
    expect(await page.locator("#pairs > section.group").count()).toBe(whatIfResult.pairs.length);
    const scopes = await page.$$eval("th", (ths) => ths.map((th) => th.getAttribute("scope")));
    expect(scopes.every((scope) => scope === "row" || scope === "col")).toBe(true);
    const contrasts = (await page.evaluate(CONTRASTS)) as number[];
    expect(Math.min(...contrasts)).toBeGreaterThanOrEqual(4.5);
  });
});
