import { describe, expect, it } from "vitest";
import { generateCohort, matchPeers, MatchInputError, rematch } from "peermatch";
import type { MatchOptions, MatchResult, RematchChange } from "peermatch";
import { issuesOf } from "../../support/issues-of.js";

const OPTIONS: MatchOptions = { availability: { referenceDate: "2026-03-02" } };

function firstPair(result: { pairs: { members: string[] }[] }): [string, string] {
  const [a, b] = result.pairs.find((pair) => pair.members.length === 2)?.members ?? [];
  if (a === undefined || b === undefined) throw new Error("no pair in the fixture");
  return [a, b];
}

describe("rematch", () => {
  const cohort = generateCohort(40, { seed: "rematch" });
  const previous = matchPeers(cohort, OPTIONS);

  it("returns the previous pairs unchanged for an empty change (keep: all)", () => {
    const next = rematch(previous, {}, cohort, { ...OPTIONS, keep: "all" });
    expect(next.pairs).toEqual(previous.pairs);
    expect(next.diff.formed).toEqual([]);
    expect(next.diff.dissolved).toEqual([]);
    expect(next.churn).toBe(0);
  });

  it("keeps every intact pair and never re-forms a dissolved one (keep: all)", () => {
    const [a, b] = firstPair(previous);
    const next = rematch(previous, { dissolve: [[a, b]] }, cohort, { ...OPTIONS, keep: "all" });
    const untouched = previous.pairs.filter((pair) => !pair.members.includes(a) && !pair.members.includes(b));
    for (const pair of untouched) expect(next.pairs).toContainEqual(pair);
    expect(next.pairs.some((pair) => pair.members.includes(a) && pair.members.includes(b))).toBe(false);
    expect(next.diff.dissolved).toContainEqual([a, b].sort());
    expect(next.churn).toBe(0);
    const all = [...next.pairs.flatMap((pair) => pair.members), ...next.unmatched.map((u) => u.id)].sort();
    expect(all).toEqual(cohort.map((p) => p.id).sort());
    const regrouped = next.pairs.find((pair) => pair.members.includes(a));
    if (regrouped !== undefined)
      expect(
        regrouped.reasons.some((reason) => reason.startsWith(`Re-matched ${cohort.find((p) => p.id === a)?.name}`)),
      ).toBe(true);
  });

  it("frees the partner of someone who leaves and matches a joiner", () => {
    const [a, b] = firstPair(previous);
    const joiner = { ...generateCohort(1, { seed: "joiner" })[0], id: "new-1" };
    const participants = [...cohort.filter((p) => p.id !== a), joiner];
    const next = rematch(previous, { leave: [a], join: ["new-1"] }, participants, OPTIONS);
    expect(next.diff.left).toEqual([a]);
    const ids = [...next.pairs.flatMap((pair) => pair.members), ...next.unmatched.map((u) => u.id)];
    expect(ids).not.toContain(a);
    expect(ids).toContain(b);
    expect(ids).toContain("new-1");
    expect(ids).toHaveLength(participants.length);
  });

  it("with keep 'none' re-solves everyone but still keeps dissolved partners apart", () => {
    const [a, b] = firstPair(previous);
    const next = rematch(previous, { dissolve: [[a, b]] }, cohort, { ...OPTIONS, keep: "none" });
    expect(next.pairs.some((pair) => pair.members.includes(a) && pair.members.includes(b))).toBe(false);
    expect(next.stats.participants).toBe(cohort.length);
  });

  it("rejects a change that does not fit the previous result, naming the offender", () => {
    const [a] = firstPair(previous);
    const other = previous.pairs.find((pair) => !pair.members.includes(a))?.members[0] ?? "";
    const attempt = () => rematch(previous, { dissolve: [[a, other]], join: ["ghost"] }, cohort, OPTIONS);
    expect(attempt).toThrow(MatchInputError);
    try {
      attempt();
    } catch (error) {
      const issues = (error as MatchInputError).issues;
      expect(issues.map((issue) => issue.code)).toEqual(["invalid_value", "unknown_id"]);
      expect(issues[0]?.participantId).toBe(a);
      expect(issues[1]?.participantId).toBe("ghost");
    }
  });

  it("requires people missing from the participant list to be declared as leaving", () => {
    const [a] = firstPair(previous);
    expect(() =>
      rematch(
        previous,
        {},
        cohort.filter((p) => p.id !== a),
        OPTIONS,
      ),
    ).toThrow(MatchInputError);
  });

  it("gives the same JSON whatever the order of the previous groups and of their members", () => {
    const [a, b] = firstPair(previous);
    const shuffled = {
      ...previous,
      pairs: [...previous.pairs].reverse().map((pair) => ({ ...pair, members: [...pair.members].reverse() })),
    };
    for (const keep of ["all", "none"] as const) {
      const expected = rematch(previous, { dissolve: [[a, b]] }, cohort, { ...OPTIONS, keep });
      expect(JSON.stringify(rematch(shuffled, { dissolve: [[b, a]] }, cohort, { ...OPTIONS, keep }))).toBe(
        JSON.stringify(expected),
      );
    }
  });

  it("rejects a leaver who is still in the participant list, naming them", () => {
    const [a] = firstPair(previous);
    let issues: MatchInputError["issues"] = [];
    try {
      rematch(previous, { leave: [a] }, cohort, OPTIONS);
    } catch (error) {
      if (error instanceof MatchInputError) issues = error.issues;
    }
    expect(issues).toEqual([
      expect.objectContaining({ code: "invalid_value", path: ["change", "leave", 0], participantId: a }),
    ]);
  });

  it("rejects a churn penalty with a solver that does not weigh totals", () => {
    expect(() => rematch(previous, {}, cohort, { ...OPTIONS, solver: "stable", keep: { churnPenalty: 0.1 } })).toThrow(
      MatchInputError,
    );
  });
});

/** Everyone compatible with everyone (one language, one goal, no availability given). */
function openCohort(ids: readonly string[], extra: (id: string) => Record<string, unknown> = () => ({})) {
  return ids.map((id) => ({ id, goals: ["leadership"], languages: ["en"], ...extra(id) }));
}

const together = (result: { pairs: { members: string[] }[] }, a: string, b: string): boolean =>
  result.pairs.some((pair) => pair.members.includes(a) && pair.members.includes(b));

describe("rematch over a programme's lifetime", () => {
  const ids = Array.from({ length: 12 }, (_, k) => `u${String(k).padStart(2, "0")}`);

  it("never brings a dissolved pair back: not as a pair, not in a trio, under no keep policy, not with allowPastPartners", () => {
    const cohort = openCohort(ids);
    const first = matchPeers(cohort, OPTIONS);
    const [a, b] = firstPair(first);
    const second = rematch(first, { dissolve: [[a, b]] }, cohort);
    expect(second.history.dissolved).toEqual([[a, b].sort()]);
    expect(together(second, a, b)).toBe(false);
    const joiner = { id: "zed", goals: ["leadership"], languages: ["en"] };
    for (const keep of ["fewest-broken", "all", "none", { churnPenalty: 0 }] as const) {
      const later = rematch(second, { join: ["zed"] }, [...cohort, joiner], { keep, allowPastPartners: true });
      expect(together(later, a, b), JSON.stringify(keep)).toBe(false);
      expect(later.history.dissolved).toEqual([[a, b].sort()]);
      const again = rematch(later, {}, [...cohort, joiner], { keep: "none" });
      expect(together(again, a, b)).toBe(false);
    }
  });

  it("re-matches both people of a dissolved pair in a fully matched cohort by changing one other pair (default)", () => {
    const cohort = openCohort(ids);
    const first = matchPeers(cohort, OPTIONS);
    expect(first.unmatched).toEqual([]);
    const [a, b] = firstPair(first);
    const next = rematch(first, { dissolve: [[a, b]] }, cohort);
    expect(next.unmatched).toEqual([]);
    expect(next.diff.dissolved).toHaveLength(2); // the dissolved pair and one other
    expect(next.churn).toBe(2);
    const moved = next.pairs.find((pair) => pair.members.includes(a))!;
    expect(moved.reasons[0]).toContain(`Re-matched ${a}`);
  });

  it("under keep 'all' says truthfully why the freed people stay alone, and what the default would do", () => {
    const cohort = openCohort(ids);
    const first = matchPeers(cohort, OPTIONS);
    const [a, b] = firstPair(first);
    const next = rematch(first, { dissolve: [[a, b]] }, cohort, { keep: "all" });
    expect(next.unmatched.map((u) => u.id)).toEqual([a, b].sort());
    for (const entry of next.unmatched) {
      expect(entry.reason).toBe("partners-taken");
      expect(entry.detail).toContain("can be paired with 10 people");
      expect(entry.detail).toContain("none of the 1 other person free to re-match is compatible");
      expect(entry.detail).toContain("would re-match");
      expect(entry.detail).toContain("by changing 1 other group");
    }
  });

  it("breaks up a kept group that a current veto forbids, and re-matches its people", () => {
    const cohort = openCohort(ids);
    const first = matchPeers(cohort, OPTIONS);
    const [a, b] = firstPair(first);
    const edited = cohort.map((p) =>
      p.id === a ? { ...p, exclude: [b] } : p.id === b ? { ...p, languages: ["en"] } : p,
    );
    for (const keep of ["all", "fewest-broken"] as const) {
      const next = rematch(first, {}, edited, { keep });
      expect(next.diff.invalidated).toEqual([
        { members: [a, b].sort(), feature: "exclude", reason: expect.stringContaining("asked not to be paired") },
      ]);
      expect(together(next, a, b)).toBe(false);
      // Invalidated people are not churn; under the default, re-matching them moves one other pair.
      expect(next.churn).toBe(keep === "all" ? 0 : 2);
      expect(next.unmatched.length).toBe(keep === "all" ? 2 : 0);
      const regrouped = next.pairs.find((pair) => pair.members.includes(a));
      if (regrouped !== undefined) expect(regrouped.reasons[0]).toContain("no longer possible");
    }
    const noLanguage = cohort.map((p) => (p.id === a ? { ...p, languages: ["fr"] } : p));
    const next = rematch(first, {}, noLanguage, { keep: "all" });
    expect(next.diff.invalidated[0]).toMatchObject({ members: [a, b].sort(), feature: "language" });
    expect(together(next, a, b)).toBe(false);
    expect(next.unmatched.find((u) => u.id === a)).toMatchObject({
      reason: "no-feasible-partner",
      detail: expect.stringContaining("language rules out 11 people"),
    });
  });

  it("carries the first call's settings over, and lets explicit options override them field by field", () => {
    const cohort = generateCohort(16, { seed: "settings", sparseShare: 0 });
    const first = matchPeers(cohort, {
      solver: "fair",
      seed: "spring-2026",
      availability: { referenceDate: "2026-03-02" },
    });
    const [a, b] = firstPair(first);
    const next = rematch(first, { dissolve: [[a, b]] }, cohort);
    expect(next.stats.solver).toBe("fair");
    expect(next.meta).toMatchObject({ seed: "spring-2026", referenceDate: "2026-03-02" });
    expect(next.meta.options).toEqual(first.meta.options);
    const overridden = rematch(first, { dissolve: [[a, b]] }, cohort, {
      seed: "summer",
      availability: { minOverlapMinutes: 30 },
    });
    expect(overridden.meta.options).toEqual({
      ...first.meta.options,
      seed: "summer",
      availability: { referenceDate: "2026-03-02", minOverlapMinutes: 30 },
    });
  });

  it("asks for a recorded custom feature again (its function cannot be stored)", () => {
    const city = { name: "city", weight: 2, score: () => 0.5 };
    const cohort = openCohort(ids);
    const first = matchPeers(cohort, { ...OPTIONS, custom: [city] });
    expect(first.meta.options.custom).toEqual([{ name: "city", weight: 2 }]);
    const issues = issuesOf(() => rematch(first, {}, cohort));
    expect(issues).toEqual([expect.objectContaining({ code: "invalid_value", path: ["options", "custom"] })]);
    expect(rematch(first, {}, cohort, { custom: [city] }).meta.options.custom).toEqual([{ name: "city", weight: 2 }]);
  });

  it("rejects a typo in the change, with a suggestion, instead of ignoring it", () => {
    const cohort = openCohort(ids);
    const first = matchPeers(cohort, OPTIONS);
    const issues = issuesOf(() => rematch(first, { disolve: [firstPair(first)] } as RematchChange, cohort));
    expect(issues).toEqual([expect.objectContaining({ code: "unrecognized_key", path: ["change", "disolve"] })]);
    expect(issues[0]?.message).toContain('did you mean "dissolve"');
    const keepTypo = issuesOf(() => rematch(first, {}, cohort, { keep: "fewest_broken" as "all" }));
    expect(keepTypo[0]).toMatchObject({ code: "invalid_value", path: ["options", "keep"] });
    expect(keepTypo[0]?.message).toContain('did you mean "fewest-broken"');
  });

  it("rejects a malformed change or previous result, naming every problem", () => {
    const cohort = openCohort(ids);
    const first = matchPeers(cohort, OPTIONS);
    const [a, b] = firstPair(first);
    expect(issuesOf(() => rematch(first, { dissolve: [[a, a]] }, cohort))).toEqual([
      expect.objectContaining({ code: "invalid_value", path: ["change", "dissolve", 0], participantId: a }),
    ]);
    expect(
      issuesOf(() =>
        rematch(
          first,
          {
            dissolve: [
              [a, b],
              [b, a],
            ],
            leave: [],
          },
          cohort,
        ),
      ),
    ).toEqual([expect.objectContaining({ code: "duplicate_id", path: ["change", "dissolve", 1] })]);
    const four = {
      ...first,
      pairs: [
        { ...first.pairs[0]!, members: [...first.pairs[0]!.members, ...first.pairs[1]!.members] },
        ...first.pairs.slice(2),
      ],
    };
    expect(issuesOf(() => rematch(four, {}, cohort))[0]).toMatchObject({
      code: "out_of_range",
      path: ["previous", "pairs", 0, "members"],
    });
    const twice = { ...first, unmatched: [{ id: a, reason: "odd-one-out", detail: "" }] };
    expect(issuesOf(() => rematch(twice as MatchResult, {}, cohort))).toEqual([
      expect.objectContaining({ code: "duplicate_id", participantId: a }),
    ]);
    const { score: _, ...noScore } = first.pairs[0]!;
    const withoutScore = { ...first, pairs: [noScore, ...first.pairs.slice(1)] };
    expect(issuesOf(() => rematch(withoutScore as MatchResult, {}, cohort))[0]).toMatchObject({
      path: ["previous", "pairs", 0, "score"],
    });
  });

  it("reads a result stored by 0.1.0 (no meta.format) as having no history", () => {
    const cohort = openCohort(ids);
    const first = matchPeers(cohort, OPTIONS);
    const { history: _, ...rest } = first;
    const old = { ...rest, meta: { seed: "peermatch", referenceDate: "2026-03-02", version: "0.1.0" } } as MatchResult;
    const [a, b] = firstPair(first);
    const next = rematch(old, { dissolve: [[a, b]] }, cohort, OPTIONS);
    expect(next.history.dissolved).toEqual([[a, b].sort()]);
    expect(next.meta.format).toBe(1);
  });

  it("gives the same JSON whatever the input order, even when every pair scores the same (default keep)", () => {
    const cohort = openCohort(ids);
    const first = matchPeers(cohort, OPTIONS);
    const [a, b] = firstPair(first);
    const expected = JSON.stringify(rematch(first, { dissolve: [[a, b]] }, cohort));
    const reordered = {
      ...first,
      pairs: [...first.pairs].reverse().map((pair) => ({ ...pair, members: [...pair.members].reverse() })),
    };
    expect(JSON.stringify(rematch(reordered, { dissolve: [[b, a]] }, [...cohort].reverse()))).toBe(expected);
  });

  it("does not leave out again someone left out last time when another choice matches as many", () => {
    const odd = openCohort(ids.slice(0, 11));
    const first = matchPeers(odd, { ...OPTIONS, oddHandling: "unmatched" });
    const [out] = first.unmatched;
    expect(out?.reason).toBe("odd-one-out");
    for (const keep of ["fewest-broken", "none"] as const) {
      const next = rematch(first, {}, odd, { keep });
      expect(next.unmatched.map((u) => u.id)).not.toContain(out!.id);
      expect(next.unmatched).toHaveLength(1);
      expect(next.unmatched[0]!.detail).toContain(`${out!.id}, left out last time, is matched first`);
    }
    // keep "all" keeps every intact pair, so nobody else can give way.
    expect(rematch(first, {}, odd, { keep: "all" }).unmatched.map((u) => u.id)).toEqual([out!.id]);
  });
});

describe("rematch with ids that hold unusual characters", () => {
  // Ids may be any string; two different groups must never be taken for one another,
  // as ["a", "b\u0000c"] and ["a\u0000b", "c"] were when keys joined ids with "\u0000".
  const ids = ["a", "b\u0000c", "a\u0000b", "c", "d", "e"];
  const people = ids.map((id) => ({ id, goals: ["x"], languages: ["en"] }));
  const stored = {
    ...matchPeers(people, OPTIONS),
    pairs: [
      { members: ["a", "b\u0000c"], score: 0.5 },
      { members: ["a\u0000b", "c"], score: 0.5 },
      { members: ["d", "e"], score: 0.5 },
    ],
    unmatched: [],
  } as unknown as MatchResult;

  it("reports a group a leaver broke up as dissolved, even when another group's ids join alike", () => {
    const next = rematch(
      stored,
      { leave: ["c"] },
      people.filter((p) => p.id !== "c"),
      { keep: "all" },
    );
    expect(next.diff.dissolved).toEqual([["a\u0000b", "c"]]);
    expect(next.diff.kept).toEqual([
      ["a", "b\u0000c"],
      ["d", "e"],
    ]);
  });

  it("dissolves two different pairs whose ids join alike, without calling the second a repeat", () => {
    const next = rematch(
      stored,
      {
        dissolve: [
          ["a", "b\u0000c"],
          ["a\u0000b", "c"],
        ],
      },
      people,
    );
    expect(next.history.dissolved).toEqual([
      ["a", "b\u0000c"],
      ["a\u0000b", "c"],
    ]);
  });
});

describe("rematch with the greedy solver (not maximum-cardinality)", () => {
  it("under the default keep policy matches as many as any matching can, never fewer than keep 'all'", () => {
    // Seven people, two of them (p002, p005) compatible with most others. After two
    // dissolutions the plan breaks p005–p006 so that more people are matched; greedy,
    // re-solving the freed people, paired p001–p005 first and then nobody else, so
    // breaking the pair left 1 pair where 2 were possible (keep "all" keeps 2).
    const people = generateCohort(7, { seed: "", sparseShare: 0.3 });
    const options: MatchOptions = { ...OPTIONS, solver: "greedy", oddHandling: "unmatched", seed: "" };
    const first = matchPeers(people, options);
    const second = rematch(first, { dissolve: [firstPair({ pairs: [first.pairs[1]!] })] }, people);
    const change: RematchChange = { dissolve: [firstPair(second)] };
    const all = rematch(second, change, people, { keep: "all" });
    const next = rematch(second, change, people);
    expect(all.pairs).toHaveLength(2);
    expect(next.pairs).toHaveLength(2);
  });
});

describe("rematch with keep { churnPenalty }: the documented tie-break", () => {
  // Only a custom feature counts; its table can change between calls (it is passed again).
  const builtIns = ["goals", "complementarity", "communication", "availability", "geography"];
  const zero = Object.fromEntries(
    [...builtIns, "experience", "industry", "language", "commitment"].map((name) => [name, 0]),
  );
  const feature = (pairs: Record<string, number>) => ({
    name: "preference",
    weight: 1,
    score: (a: { id: string }, b: { id: string }) => pairs[[a.id, b.id].sort().join("-")] ?? null,
  });
  const people = ["a", "b", "c", "d"].map((id) => ({ id }));
  const first = matchPeers(people, {
    ...OPTIONS,
    weights: zero,
    custom: [feature({ "a-b": 0.9, "c-d": 0.9, "a-c": 0.1, "b-d": 0.1 })],
  });
  // Now a–b and c–d are worth 0.2 each (0.4) and a–c, b–d 0.5 each (1.0): breaking both pairs
  // gains 0.6, exactly 0.3 per broken pair.
  const now = [feature({ "a-b": 0.2, "c-d": 0.2, "a-c": 0.5, "b-d": 0.5 })];

  it("keeps the pairs when the gain per broken pair equals the penalty (a tie keeps the pair), whatever the seed", () => {
    expect(first.pairs.map((pair) => pair.members)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    for (const seed of ["s1", "s2", "s3", "s4", "s5", "s6"]) {
      const next = rematch(first, {}, people, { seed, custom: now, keep: { churnPenalty: 0.3 } });
      expect(next.pairs.map((pair) => pair.members)).toEqual([
        ["a", "b"],
        ["c", "d"],
      ]);
      expect(next.churn).toBe(0);
    }
  });

  it("breaks them when the gain per broken pair is above the penalty", () => {
    const next = rematch(first, {}, people, { custom: now, keep: { churnPenalty: 0.29 } });
    expect(next.pairs.map((pair) => pair.members)).toEqual([
      ["a", "c"],
      ["b", "d"],
    ]);
    expect(next.churn).toBe(4);
  });
});

describe("rematch: a leftover under the default keep policy", () => {
  const zero = Object.fromEntries(
    [
      "goals",
      "complementarity",
      "communication",
      "availability",
      "geography",
      "experience",
      "industry",
      "language",
      "commitment",
    ].map((name) => [name, 0]),
  );
  const weights: Record<string, number> = {
    "x-y": 0.5,
    "u-x": 0.5,
    "u-y": 0.5,
    "t1-t2": 0.5,
    "t1-t3": 0.5,
    "t2-t3": 0.5,
    "t1-u": 0.9,
    "u-v": 0.5,
  };
  const custom = [
    {
      name: "preference",
      weight: 1,
      score: (a: { id: string }, b: { id: string }) => weights[[a.id, b.id].sort().join("-")] ?? null,
    },
  ];
  const everyone = ["t1", "t2", "t3", "u", "v", "x", "y"].map((id) => ({ id }));

  it("takes a member out of an intact trio or joins an intact pair, whichever gives the larger total score", () => {
    // v leaves; u is left over. Joining x–y gives (0.5 + 0.5 + 0.5) / 3 − 0.5 = 0; taking t1 out of
    // the trio gives u–t1 (0.9) + t2–t3 (0.5) − 0.5 = 0.9. The larger total wins.
    const stored = {
      ...matchPeers(everyone, { ...OPTIONS, weights: zero, custom }),
      pairs: [
        { members: ["t1", "t2", "t3"], score: 0.5 },
        { members: ["u", "v"], score: 0.5 },
        { members: ["x", "y"], score: 0.5 },
      ],
      unmatched: [],
    } as unknown as MatchResult;
    const next = rematch(
      stored,
      { leave: ["v"] },
      everyone.filter((p) => p.id !== "v"),
      { custom },
    );
    expect(next.pairs.map((pair) => pair.members)).toEqual([
      ["t1", "u"],
      ["t2", "t3"],
      ["x", "y"],
    ]);
  });
});

describe("rematch describes a kept pair afresh as matchPeers describes it in the whole cohort", () => {
  it("counts a wish's rank among every wish naming someone in the cohort, not only the pair", () => {
    const people = [
      { id: "ana", goals: ["leadership"], wishes: ["cleo", "bea"] },
      { id: "bea", goals: ["leadership"] },
      { id: "cleo", goals: ["leadership"] },
      { id: "dev", goals: ["leadership"] },
    ];
    const options: MatchOptions = { ...OPTIONS, wishes: { mode: "bonus" }, pins: [["ana", "bea"]] };
    const first = matchPeers(people, options);
    // A stored result with bare entries (scores only): kept pairs are described afresh.
    const stored = {
      ...first,
      pairs: first.pairs.map(({ members, score }) => ({ members, score })),
    } as unknown as MatchResult;
    const next = rematch(stored, { dissolve: [["cleo", "dev"]] }, people, { ...options, pins: [], keep: "all" });
    const kept = next.pairs.find((pair) => pair.members.includes("ana"))!;
    expect(kept.members).toEqual(["ana", "bea"]);
    const wishReason = (reasons: string[]) => reasons.find((reason) => reason.startsWith("ana asked for bea"));
    expect(wishReason(kept.reasons)).toBe("ana asked for bea (2nd choice)");
    expect(wishReason(kept.reasons)).toBe(
      wishReason(first.pairs.find((pair) => pair.members.includes("ana"))!.reasons),
    );
  });
});
