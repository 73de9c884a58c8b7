import { describe, expect, it } from "vitest";
import { generateCohort, matchPeers, MatchInputError, rematch } from "peermatch";
import type { MatchOptions } from "peermatch";

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
      expect(regrouped.reasons.some((reason) => reason.startsWith(`Re-matched ${a}`))).toBe(true);
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
