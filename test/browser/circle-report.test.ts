/**
 * The HTML report of circle results in headless Chromium: a section per circle with
 * names, the meeting time in a table with header cells, headings without skipped levels,
 * readable contrast, nothing fetched. Needs Chromium as `browser.test.ts` does.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { formCircles, generateCohort, renderReport, rotateCircles } from "peermatch";
import { contrastsScript } from "../support/contrast.js";

const setup = inject("browser");
const OPTIONS = { availability: { referenceDate: "2026-03-02" } };
const cohort = generateCohort(40, { seed: "circle-report" }).map((person, k) => ({ ...person, name: `Person ${k}` }));
const result = formCircles(cohort, { ...OPTIONS, size: { min: 4, max: 5 } });
const schedule = rotateCircles(
  Array.from({ length: 12 }, (_, k) => ({ id: `g${k}`, name: `Golfer ${k}` })),
  { ...OPTIONS, rounds: 3, size: { min: 4, max: 4 } },
);

/** Text contrast (WCAG 2) of text elements against the first opaque background behind them. */
const CONTRASTS = contrastsScript("body, .group .score, .meeting, .flag, .na, th, td");

describe.skipIf("skipped" in setup)("circle reports in headless Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    if ("missing" in setup) throw new Error(setup.missing);
    browser = await chromium.launch({
      executablePath: "path" in setup ? setup.path : "",
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("renders each circle with names, its meeting time on every member's clock, and accessible structure", async () => {
    expect(result.circles.some((circle) => circle.meeting !== null)).toBe(true);
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.setContent(renderReport(result, { format: "html", participants: cohort, lowScore: 0.3 }));
    expect(await page.locator("h1").textContent()).toBe("Circles report");
    const circles = page.locator("#circles > section.group");
    expect(await circles.count()).toBe(result.circles.length);
    expect(await circles.first().locator("h3").textContent()).toMatch(/^1\. Person \d+ \(p\d+\), Person \d+/);
    // The local-time table of each circle with a meeting has a row per member.
    for (const [k, circle] of result.circles.entries()) {
      const rows = circles.nth(k).locator("table.local tbody tr");
      expect(await rows.count()).toBe(circle.meeting === null ? 0 : circle.members.length);
    }
    const levels = await page.$$eval("h1, h2, h3, h4, h5, h6", (hs) => hs.map((h) => Number(h.tagName.slice(1))));
    for (const [k, level] of levels.entries()) expect(level - (k === 0 ? 0 : levels[k - 1]!)).toBeLessThanOrEqual(1);
    const scopes = await page.$$eval("th", (ths) => ths.map((th) => th.getAttribute("scope")));
    expect(scopes.every((scope) => scope === "row" || scope === "col")).toBe(true);
    const contrasts = (await page.evaluate(CONTRASTS)) as number[];
    expect(contrasts.length).toBeGreaterThan(10);
    expect(Math.min(...contrasts)).toBeGreaterThanOrEqual(4.5);
    expect(await page.locator("section.group.low .flag").count()).toBe(
      result.circles.filter((circle) => circle.score < 0.3).length,
    );
    expect(requests.filter((url) => !url.startsWith("about:"))).toEqual([]);
  });

  it("renders a circle rotation: a section per round and headings in order", async () => {
    const page = await browser.newPage();
    await page.setContent(renderReport(schedule, { format: "html" }));
    expect(await page.locator("h1").textContent()).toBe("Circle rotation schedule");
    expect(await page.locator("h2").allTextContents()).toEqual(["Round 1", "Round 2", "Round 3", "Repeated pairs"]);
    expect(await page.locator("section.group").count()).toBe(9);
    const levels = await page.$$eval("h1, h2, h3, h4, h5, h6", (hs) => hs.map((h) => Number(h.tagName.slice(1))));
    for (const [k, level] of levels.entries()) expect(level - (k === 0 ? 0 : levels[k - 1]!)).toBeLessThanOrEqual(1);
  });
});
