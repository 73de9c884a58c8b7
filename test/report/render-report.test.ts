import { describe, expect, it } from "vitest";
import {
  DEFAULT_LOW_SCORE,
  generateCohort,
  matchMentors,
  matchPeers,
  MatchInputError,
  rematch,
  renderReport,
  rotate,
  scoreMatching,
} from "peermatch";
import { WHAT_IF_PEOPLE } from "../support/fixtures/what-if.js";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };

function issueOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MatchInputError);
    return (error as MatchInputError).issues;
  }
  throw new Error("expected a MatchInputError");
}

describe("renderReport", () => {
  const cohort = generateCohort(25, { seed: "report" });
  const result = matchPeers(cohort, OPTIONS);

  it("renders Markdown with the headline, histogram, pairs and unmatched", () => {
    const markdown = renderReport(result);
    expect(markdown).toContain("# Match report");
    expect(markdown).toContain(`| Participants | ${result.stats.participants} |`);
    expect(markdown).toContain("## Scores");
    for (const pair of result.pairs) expect(markdown).toContain(pair.members.join(" & "));
    const histogramRows = markdown.split("\n").filter((line) => /^\| 0\.\d–\d\.\d \| \d+ \|$/.test(line));
    expect(histogramRows).toHaveLength(10);
    const counted = histogramRows.reduce((sum, line) => sum + Number(line.split("|")[2]), 0);
    expect(counted).toBe(result.pairs.length);
  });

  it("renders one self-contained HTML page with an inline SVG histogram and a section per pair", () => {
    const html = renderReport(result, { format: "html" });
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<svg id="histogram"');
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html.match(/<section class="group/g)?.length).toBe(result.pairs.length);
  });

  it("shows names next to ids when given the participants", () => {
    const named = cohort.map((person, k) => ({ ...person, name: `Person ${k}` }));
    const markdown = renderReport(matchPeers(named, OPTIONS), { participants: named });
    const [first] = matchPeers(named, OPTIONS).pairs;
    const index = (id: string) => named.findIndex((person) => person.id === id);
    expect(markdown).toContain(`Person ${index(first!.members[0]!)} (${first!.members[0]})`);
  });

  it("counts in the singular for one (1 trio, 1 person) and the plural otherwise", () => {
    const five = ["a", "b", "c", "d", "e"].map((id) => ({ id, goals: ["x"] }));
    const markdown = renderReport(matchPeers(five, OPTIONS));
    expect(markdown).toContain("| Matched | 5 people (1 pair, 1 trio) |");
    expect(markdown).toContain("| Unmatched | 0 people |");
    const odd = renderReport(
      matchPeers(
        ["a", "b", "c"].map((id) => ({ id, goals: ["x"] })),
        { ...OPTIONS, oddHandling: "unmatched" },
      ),
    );
    expect(odd).toContain("| Matched | 2 people (1 pair) |");
    expect(odd).toContain("| Unmatched | 1 person |");
    expect(odd).not.toMatch(/\b1 (people|pairs|trios|groups)\b/);
  });

  it('shows "not answered" for a feature a member left blank, and results list it in pairs[].unknown', () => {
    const people = [
      { id: "a", goals: ["x"], languages: ["en"] },
      { id: "b", goals: ["x"] },
    ];
    const pair = matchPeers(people, OPTIONS);
    expect(pair.pairs[0]!.unknown).toContain("language");
    expect(pair.pairs[0]!.unknown).not.toContain("goals");
    const markdown = renderReport(pair);
    expect(markdown).toMatch(/\| Language \| not answered \|/);
    expect(markdown).toMatch(/\| Goals \| `██████████` 1\.00 \|/);
  });

  it("leaves out features that count for nothing (weight 0, industry by default)", () => {
    const markdown = renderReport(result);
    expect(markdown).not.toContain("Industry");
    const noGoals = renderReport(matchPeers(cohort, { ...OPTIONS, weights: { goals: 0 } }));
    expect(noGoals).not.toMatch(/\| Goals \|/);
    expect(noGoals).toMatch(/\| Language \|/);
  });

  it("flags groups below lowScore with why (default 0.2)", () => {
    expect(DEFAULT_LOW_SCORE).toBe(0.2);
    const people = [
      { id: "a", goals: ["x"], languages: ["en"], experienceYears: 1 },
      { id: "b", goals: ["y"], languages: ["en"], experienceYears: 30 },
    ];
    const weak = matchPeers(people, OPTIONS);
    expect(weak.pairs[0]!.score).toBeLessThan(0.2);
    const markdown = renderReport(weak);
    expect(markdown).toContain("**Low score:** little in common on goals (0.00)");
    expect(markdown).toContain("| Below 0.20 | 1 group |");
    expect(renderReport(weak, { lowScore: 0 })).not.toContain("Low score");
    const html = renderReport(weak, { format: "html" });
    expect(html).toContain('<section class="group low"');
    expect(html).toContain("<strong>Low score:</strong>");
  });

  it("renders mentor results with roles and sides", () => {
    const mentors = cohort.slice(0, 5).map((person) => ({ ...person, capacity: 2 }));
    const mentoring = matchMentors(mentors, cohort.slice(5), OPTIONS);
    const markdown = renderReport(mentoring);
    expect(markdown).toContain("# Mentor match report");
    expect(markdown).toContain("## Mentor–mentee pairs");
    const { mentor, mentees } = mentoring.assignments[0]!;
    expect(markdown).toContain(`${mentor} (mentor) & ${mentees[0]!.id} (mentee)`);
    expect(markdown).toMatch(/\| person \| side \| reason \| detail \|/);
    expect(markdown).not.toMatch(/no-feasible-partner|partners-taken|not-taking-mentees/);
  });

  it("renders a rotation schedule with a section per round", () => {
    const schedule = rotate(cohort.slice(0, 10), { ...OPTIONS, rounds: 3, startDate: "2026-01-15" });
    const markdown = renderReport(schedule);
    expect(markdown).toContain("# Rotation schedule");
    for (const round of schedule.rounds) expect(markdown).toContain(`## Round ${round.round} (${round.date})`);
    const html = renderReport(schedule, { format: "html" });
    expect(html).toContain('id="pairs-3"');
  });

  it('renders a re-match with a "What changed" section', () => {
    const [a, b] = result.pairs[0]!.members;
    const next = rematch(result, { dissolve: [[a!, b!]] }, cohort, { keep: "all" });
    const markdown = renderReport(next);
    expect(markdown).toContain("# Re-match report");
    expect(markdown).toContain("## What changed");
    expect(markdown).toContain(`- **Ended:** 1 group — ${a} & ${b}`);
    expect(markdown).toContain(`- **Kept:** ${next.diff.kept.length} groups`);
  });

  it("escapes participant text in both formats", () => {
    const hostile = matchPeers(
      [
        { id: "<script>alert(1)</script>", goals: ["x"] },
        { id: "a|b", goals: ["x"] },
      ],
      OPTIONS,
    );
    expect(renderReport(hostile, { format: "html" })).not.toContain("<script>");
    expect(renderReport(hostile)).toContain("a\\|b");
  });

  it("rejects something that is not a result with a MatchInputError", () => {
    for (const bad of [null, 42, {}, { pairs: [], unmatched: [] }]) {
      expect(issueOf(() => renderReport(bad as unknown as typeof result))[0]!.code).toBe("invalid_type");
    }
  });

  it("checks its options: an unknown key with a suggestion, a bad format, a lowScore outside [0, 1]", () => {
    // @ts-expect-error a misspelt key on purpose
    const typo = issueOf(() => renderReport(result, { fromat: "html" }));
    expect(typo[0]).toMatchObject({ code: "unrecognized_key", path: ["options", "fromat"] });
    expect(typo[0]!.message).toContain('did you mean "format"');
    // @ts-expect-error an unknown format on purpose
    expect(issueOf(() => renderReport(result, { format: "pdf" }))[0]!.code).toBe("invalid_value");
    expect(issueOf(() => renderReport(result, { lowScore: 2 }))[0]!.code).toBe("out_of_range");
    expect(issueOf(() => renderReport(result, { participants: [{ name: "x" }] }))[0]!.code).toBe("invalid_type");
    // Every problem at once.
    // @ts-expect-error a misspelt key on purpose (with a lowScore out of range, which types cannot catch)
    expect(issueOf(() => renderReport(result, { fromat: "html", lowScore: -1 }))).toHaveLength(2);
  });
});

describe("renderReport of a scored hand-made matching", () => {
  const scored = scoreMatching(
    WHAT_IF_PEOPLE,
    [
      ["ana", "bea"],
      ["cy", "dee"],
    ],
    OPTIONS,
  );

  it("shows the comparison with the optimum and the broken vetoes, in Markdown and HTML", () => {
    const markdown = renderReport(scored);
    expect(markdown).toContain("# What-if report (a hand-made matching)");
    expect(markdown).toContain("## Compared with the optimum");
    expect(markdown).toContain(
      `| Total score | ${scored.stats.totalScore.toFixed(2)} | ${scored.comparison.optimumTotal.toFixed(2)} |`,
    );
    expect(markdown).toContain(`- **Broken hard constraints:** 1`);
    expect(markdown).toContain(`  - ana & bea: ${scored.vetoesBroken[0]!.reason}`);
    expect(markdown).toContain("In no group");
    const html = renderReport(scored, { format: "html" });
    expect(html).toContain('<table id="comparison">');
    expect(html).toContain('<ul id="broken-vetoes">');
    expect(renderReport(matchPeers(WHAT_IF_PEOPLE, OPTIONS))).not.toContain("Compared with the optimum");
  });
});
