import { describe, expect, it } from "vitest";
import { MatchInputError, matchPeers, rematch, rotate } from "peermatch";
import { issuesOf } from "../../support/issues-of.js";

const REF = { availability: { referenceDate: "2026-03-02" } };
const TAGS = ["leadership", "writing", "data", "negotiation", "speaking"];
/** Everyone can be paired with everyone (no availability, languages or exclusions). */
const cohort = Array.from({ length: 12 }, (_, k) => ({
  id: `p${String(k).padStart(2, "0")}`,
  goals: [TAGS[k % 5]!, TAGS[(k * 3) % 5]!],
  strengths: [TAGS[(k + 2) % 5]!],
  growthAreas: [TAGS[(k * 7 + 1) % 5]!],
  experienceYears: k,
}));
const ids = cohort.map((p) => p.id);

describe("pins: validation", () => {
  it("reports an unknown id (with a did-you-mean), a near-match, someone pinned twice and a vetoed pin, all at once", () => {
    const people = [
      { id: "ana", exclude: ["cy"] },
      { id: "bea" },
      { id: "cy" },
      { id: "dee" },
      { id: "p012" },
      { id: "zoe" },
    ];
    const issues = issuesOf(() =>
      matchPeers(people, {
        ...REF,
        pins: [
          ["ana", "p013"],
          ["Bea", "dee"],
          ["dee", "zoe"],
          ["zoe", "p012"],
          ["ana", "cy"],
        ],
      }),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_id", ["options", "pins", 0, 1]],
      ["unknown_id", ["options", "pins", 1, 0]],
      ["invalid_value", ["options", "pins", 3]],
      ["invalid_value", ["options", "pins", 4]],
    ]);
    expect(issues[0]?.message).toContain('did you mean "p012"?');
    expect(issues[1]?.message).toContain('did you mean "bea"?');
    expect(issues[3]?.message).toContain("ruled out");
  });

  it("rejects the same person twice in one pin", () => {
    expect(() => matchPeers(cohort, { ...REF, pins: [[ids[0]!, ids[0]!]] })).toThrow(MatchInputError);
  });
});

describe("pins in results", () => {
  it("matchPeers keeps pinned pairs and trios, says so, and gives them no third member", () => {
    const pins: [string, string][] = [[ids[0]!, ids[5]!]];
    const trio: [string, string, string] = [ids[1]!, ids[2]!, ids[3]!];
    for (const solver of ["optimal", "fair", "stable", "greedy"] as const) {
      const result = matchPeers(cohort.slice(0, 11), { ...REF, solver, pins: [...pins, trio] });
      const pinned = result.pairs.find((pair) => pair.members.join() === [ids[0]!, ids[5]!].sort().join());
      expect(pinned?.reasons[0]).toBe("Pinned by the coordinator.");
      expect(result.pairs.some((pair) => pair.members.join() === [...trio].sort().join())).toBe(true);
      expect(result.stats.pinConflicts).toEqual([]);
    }
  });

  it("rematch forms the pins, freeing the partners of pinned people", () => {
    const first = matchPeers(cohort, REF);
    const [a, b] = first.pairs[0]!.members as [string, string];
    const [c] = first.pairs[1]!.members as [string];
    const next = rematch(first, {}, cohort, { pins: [[a, c]] });
    expect(next.pairs.some((pair) => pair.members.join() === [a, c].sort().join())).toBe(true);
    expect(next.pairs.some((pair) => pair.members.includes(b))).toBe(true);
    expect(next.meta.options).not.toHaveProperty("pins");
  });

  it("rotate fixes round 1 only", () => {
    const pin: [string, string] = [ids[0]!, ids[7]!];
    const schedule = rotate(cohort, { ...REF, rounds: 3, pins: [pin] });
    const key = [...pin].sort().join();
    expect(schedule.rounds[0]!.pairs.some((pair) => pair.members.join() === key)).toBe(true);
    for (const round of schedule.rounds.slice(1)) {
      expect(round.pairs.some((pair) => pair.members.join() === key)).toBe(false);
    }
  });
});

describe("pins: fixes from the audit", () => {
  it("stable: a result without blocking pairs lists no pin conflict (ties broken in the pins' favour)", () => {
    // Nobody answered anything: every score ties at 0, so the seed alone orders the lists.
    const bare = ["p001", "p002", "p003", "p004"].map((id) => ({ id }));
    for (const seed of ["x", "peermatch", "a", "b"]) {
      const result = matchPeers(bare, { solver: "stable", pins: [["p001", "p003"]], seed });
      expect(result.stats.blockingPairs).toBe(0);
      expect(result.stats.stable).toBe(true);
      expect(result.stats.pinConflicts).toEqual([]);
    }
  });

  it("every pin issue carries the participant it is about", () => {
    const people = [{ id: "ana", exclude: ["cy"] }, { id: "bea" }, { id: "cy" }, { id: "dee" }];
    const issues = issuesOf(() =>
      matchPeers(people, {
        ...REF,
        pins: [
          ["ana", "zed"],
          ["bea", "bea"],
          ["ana", "cy"],
          ["dee", "cy"],
        ],
      }),
    );
    expect(issues.map((issue) => [issue.code, issue.participantId])).toEqual([
      ["unknown_id", "zed"],
      ["invalid_value", "bea"],
      ["invalid_value", "ana"],
      ["invalid_value", "cy"],
    ]);
  });

  it("a pin of 1 or 4 ids says how many a pin takes; a non-string id is pointed at", () => {
    const issues = issuesOf(() =>
      // @ts-expect-error pins of 1 and 4 ids and a numeric id, on purpose
      matchPeers(cohort, { ...REF, pins: [[ids[0]!], [ids[1]!, ids[2]!, ids[3]!, ids[4]!], [ids[5]!, 7]] }),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_value", ["options", "pins", 0]],
      ["invalid_value", ["options", "pins", 1]],
      ["invalid_type", ["options", "pins", 2, 1]],
    ]);
    expect(issues[1]!.message).toContain("2 or 3");
    for (const issue of issues) expect(issue.message).not.toContain("unsupported value");
  });

  it('oddHandling "unmatched": a pinned person is never the one left out', () => {
    // p00 can only be paired with p01 and p04: the fewest prospects, so she would sit out unpinned.
    const people = cohort.slice(0, 5).map((p, k) => (k === 0 ? { ...p, exclude: [ids[2]!, ids[3]!] } : p));
    for (const solver of ["optimal", "fair", "stable", "greedy"] as const) {
      const plain = matchPeers(people, { ...REF, solver, oddHandling: "unmatched" });
      expect(plain.unmatched.map((entry) => entry.id)).toEqual([ids[0]!]);
      const pinned = matchPeers(people, { ...REF, solver, oddHandling: "unmatched", pins: [[ids[0]!, ids[4]!]] });
      expect(pinned.unmatched).toHaveLength(1);
      expect(pinned.unmatched[0]!.reason).toBe("odd-one-out");
      expect([ids[0], ids[4]]).not.toContain(pinned.unmatched[0]!.id);
    }
  });

  it("rematch with pins and the greedy solver still matches the most people (as without pins)", () => {
    // a–b–c–d is a path (other pairs excluded) and b–c is the heaviest pair: greedy takes it
    // and leaves a and d alone, where a–b and c–d match everyone.
    const people = [
      { id: "a", exclude: ["c", "d"], goals: ["data"] },
      { id: "b", exclude: ["d"], goals: ["leadership", "writing"], strengths: ["data"], growthAreas: ["speaking"] },
      { id: "c", goals: ["leadership", "writing"], strengths: ["speaking"], growthAreas: ["data"] },
      { id: "d", goals: ["negotiation"] },
      { id: "e", exclude: ["a", "b", "c", "d"] },
      { id: "f", exclude: ["a", "b", "c", "d"] },
    ];
    const options = { ...REF, solver: "greedy" as const, oddHandling: "unmatched" as const };
    const first = matchPeers(people, options);
    expect(first.unmatched.map((entry) => entry.id)).toEqual(["a", "d"]);
    const plain = rematch(first, {}, people, options);
    expect(plain.unmatched).toEqual([]);
    const pinned = rematch(first, {}, people, { ...options, pins: [["e", "f"]] });
    expect(pinned.unmatched).toEqual([]);
  });
});
