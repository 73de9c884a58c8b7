/**
 * renderReport on circle results (formCircles, rotateCircles): every circle with its
 * members' names, score, features, reasons and common meeting time (UTC and each
 * member's own clock), who is left out and why, the rules not met, the proven bound.
 */
import { describe, expect, it } from "vitest";
import type { Participant } from "peermatch";
import { formCircles, MatchInputError, renderReport, rotateCircles } from "peermatch";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };

/** Six people in Amsterdam and New York who share Thursday 17:00–19:00 UTC, and one who shares no time. */
function cohort(): Participant[] {
  const amsterdam = { timezone: "Europe/Amsterdam", slots: [{ day: "thu" as const, start: "18:00", end: "20:00" }] };
  const newYork = { timezone: "America/New_York", slots: [{ day: "thu" as const, start: "12:00", end: "14:00" }] };
  const people: Participant[] = [
    { id: "ana", name: "Ana Silva", availability: amsterdam, goals: ["negotiation"], organization: "acme" },
    { id: "bea", name: "Bea Li", availability: amsterdam, goals: ["negotiation"], organization: "acme" },
    { id: "cleo", name: "Cleo <Ng>", availability: newYork, goals: ["negotiation"], organization: "beta" },
    { id: "dev", name: "Dev Rao", availability: newYork, goals: ["negotiation"], organization: "gamma" },
    { id: "eli", name: "Eli Roth", goals: ["negotiation"], organization: "delta" },
    {
      id: "fay",
      name: "Fay Ode",
      availability: { timezone: "Asia/Tokyo", slots: [{ day: "mon", start: "09:00", end: "10:00" }] },
    },
  ];
  return people;
}

describe("renderReport of formCircles", () => {
  const people = cohort();
  const result = formCircles(people, {
    ...OPTIONS,
    size: { min: 4, max: 5 },
    maxShared: [{ field: "organization", max: 1 }],
  });

  it("the fixture is what the tests assume: one circle of five, Fay left out, the acme rule unmet", () => {
    expect(result.circles).toHaveLength(1);
    expect(result.circles[0]!.members).toEqual(["ana", "bea", "cleo", "dev", "eli"]);
    expect(result.unmatched.map((entry) => entry.id)).toEqual(["fay"]);
    expect(result.stats.unmetRules.map((rule) => rule.rule)).toEqual(["maxShared"]);
  });

  it("Markdown: names, score, features, reasons, the meeting in UTC and on each clock, unmatched, rules, bound", () => {
    const markdown = renderReport(result, { participants: people });
    const circle = result.circles[0]!;
    expect(markdown).toContain("# Circles report");
    expect(markdown).toContain("## Circles");
    expect(markdown).toContain(
      `### 1. Ana Silva (ana), Bea Li (bea), Cleo \\<Ng\\> (cleo), Dev Rao (dev), Eli Roth (eli) — score ${circle.score.toFixed(2)}`,
    );
    expect(markdown).toContain("**Meets:** Thursday 17:00–19:00 UTC");
    expect(markdown).toContain("Ana Silva (ana): Thursday 18:00–20:00 Europe/Amsterdam");
    expect(markdown).toContain("Dev Rao (dev): Thursday 12:00–14:00 America/New\\_York");
    expect(markdown).toContain("Eli Roth (eli): no availability given");
    expect(markdown).toContain("| Goals | `██████████` 1.00 |");
    for (const reason of circle.reasons) expect(markdown).toContain(reason.replace(/([*_`<>[\]#])/g, "\\$1"));
    expect(markdown).toMatch(/\| Fay Ode \(fay\) \| No possible circle \| .+ \|/);
    expect(markdown).toContain("## Rules not met");
    expect(markdown).toMatch(/\| Members sharing a value \| .*organization.* \| 1 \|/);
    expect(markdown).toContain(`| Objective (Σ size × score) | ${result.stats.objective.toFixed(4)} |`);
    expect(markdown).toContain(
      `| Upper bound / gap | ${result.stats.upperBound.toFixed(4)} / ${(result.stats.gap * 100).toFixed(1)}% (proven optimal) |`,
    );
    expect(markdown).toContain("| In circles | 5 people (1 circle, 5–5 people each) |");
    expect(markdown).toContain("| Rules not met | 1 |");
  });

  it("HTML: one self-contained page with a section per circle, the local times in a table with headers", () => {
    const html = renderReport(result, { format: "html", participants: people });
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(html.match(/<section class="group/g)?.length).toBe(result.circles.length);
    expect(html).toContain('aria-label="Circle 1"');
    expect(html).toContain("Cleo &lt;Ng&gt; (cleo)");
    expect(html).not.toContain("Cleo <Ng>");
    expect(html).toContain('<table class="local"><thead><tr><th scope="col">Member</th>');
    expect(html).toContain('<th scope="row">Ana Silva (ana)</th><td>Thursday 18:00–20:00 Europe/Amsterdam</td>');
    expect(html).toContain('<table id="rules">');
    expect(html).toContain('<table id="unmatched">');
  });

  it("a circle whose members gave no availability says so instead of a time", () => {
    const plain = ["a", "b", "c", "d"].map((id) => ({ id, goals: ["x"] }));
    const circles = formCircles(plain, { ...OPTIONS, size: { min: 4, max: 4 } });
    expect(circles.circles[0]!.meeting).toBeNull();
    expect(renderReport(circles)).toContain("**Meets:** no member gave availability");
    expect(renderReport(circles, { format: "html" })).toContain("no member gave availability");
  });

  it("flags a low-scoring circle, and an empty result says nobody was placed", () => {
    const plain = ["a", "b", "c", "d"].map((id) => ({ id }));
    const low = renderReport(formCircles(plain, { ...OPTIONS, size: { min: 4, max: 4 } }), { lowScore: 0.5 });
    expect(low).toContain("**Low score:**");
    const apart = ["a", "b", "c"].map((id) => ({ id }));
    const empty = renderReport(formCircles(apart, { ...OPTIONS, size: { min: 4, max: 4 } }));
    expect(empty).toContain("Nobody was placed in a circle.");
    expect(empty).toContain("| 0 circles");
  });
});

describe("renderReport of rotateCircles", () => {
  const people = Array.from({ length: 8 }, (_, k) => ({ id: `g${k}`, name: `Golfer ${k}` }));
  const schedule = rotateCircles(people, { rounds: 3, size: { min: 4, max: 4 }, ...OPTIONS });

  it("has a section per round, the repeats with their rounds, and the headline figures", () => {
    // 8 people in two circles of 4 cannot go 3 rounds without a repeat: the schedule reports them.
    expect(schedule.repeats.length).toBeGreaterThan(0);
    const markdown = renderReport(schedule, { participants: people });
    expect(markdown).toContain("# Circle rotation schedule");
    for (let r = 1; r <= 3; r++) expect(markdown).toContain(`## Round ${r}`);
    expect(markdown).toContain("## Repeated pairs");
    const [a, b] = schedule.repeats[0]!.members;
    const rounds = schedule.repeats[0]!.rounds.map((r) => r + 1).join(", ");
    expect(markdown).toContain(`| Golfer ${a.slice(1)} (${a}) & Golfer ${b.slice(1)} (${b}) | ${rounds} |`);
    expect(markdown).toContain(`| Rounds without repeats | ${schedule.stats.roundsWithoutRepeats} of 3 |`);
    const html = renderReport(schedule, { format: "html" });
    expect(html).toContain('<table id="repeats">');
    expect(html.match(/<section class="group/g)?.length).toBe(6);
    expect(html).toContain('id="circles-3"');
  });

  it("a schedule without repeats says so", () => {
    const open = Array.from({ length: 16 }, (_, k) => ({ id: `p${String(k).padStart(2, "0")}` }));
    const perfect = rotateCircles(open, { rounds: 2, size: { min: 4, max: 4 }, ...OPTIONS });
    expect(perfect.repeats).toEqual([]);
    expect(renderReport(perfect)).toContain("No two people share a circle more than once.");
  });

  it("a result of neither kind is still refused", () => {
    // @ts-expect-error a circle result without unmatched or stats, on purpose
    expect(() => renderReport({ circles: [] })).toThrow(MatchInputError);
    // @ts-expect-error a circle schedule whose rounds are not circle results, on purpose
    expect(() => renderReport({ rounds: [{ circles: [] }], repeats: [] })).toThrow(MatchInputError);
  });
});
