import { describe, expect, it } from "vitest";
import { matchPeers, proposeDissolutions, rematch } from "peermatch";
import type { MeetingFeedback } from "peermatch";
import { issuesOf } from "../../support/issues-of.js";

const meetings: MeetingFeedback[] = [
  { members: ["bea", "ana"], date: "2026-03-05", ratings: { ana: 2, bea: 4 } },
  { members: ["ana", "bea"], date: "2026-04-02", ratings: { ana: 1 } },
  { members: ["cleo", "dev"], date: "2026-03-05", ratings: { cleo: 2, dev: 5 } },
  { members: ["cleo", "dev"], date: "2026-04-02", ratings: { cleo: 4, dev: 4 } },
  { members: ["eve", "fay", "gus"], date: "2026-03-05", ratings: { gus: 1 } },
  { members: ["eve", "fay", "gus"], date: "2026-04-02", ratings: { gus: 2, eve: 5 } },
];

describe("proposeDissolutions", () => {
  it("proposes a group with two or more meetings rated 2 or lower by a member, with the reason", () => {
    const { dissolve, proposals } = proposeDissolutions(meetings);
    expect(dissolve).toEqual([
      ["ana", "bea"],
      ["eve", "gus"],
      ["fay", "gus"],
    ]);
    expect(proposals.map((p) => [p.members, p.meetings, p.lowMeetings])).toEqual([
      [["ana", "bea"], 2, 2],
      [["eve", "fay", "gus"], 2, 2],
    ]);
    expect(proposals[0]?.reason).toContain("ana on 2026-03-05, ana on 2026-04-02");
  });

  it("keeps apart two groups whose ids join alike (ids may hold any character)", () => {
    const { proposals } = proposeDissolutions([
      { members: ["a", "b\u0000c"], date: "2026-03-05", ratings: { a: 1 } },
      { members: ["a\u0000b", "c"], date: "2026-04-02", ratings: { c: 1 } },
    ]);
    expect(proposals).toEqual([]);
  });

  it("follows a configured rule: threshold, count and start date", () => {
    expect(proposeDissolutions(meetings, { lowMeetings: 1 }).dissolve).toContainEqual(["cleo", "dev"]);
    expect(proposeDissolutions(meetings, { lowRating: 1 }).dissolve).toEqual([]);
    expect(proposeDissolutions(meetings, { since: "2026-04-01" }).dissolve).toEqual([]);
  });

  it("gives a change that rematch accepts as it is", () => {
    const people = ["ana", "bea", "cleo", "dev"].map((id) => ({ id, goals: ["x"], languages: ["en"] }));
    const first = matchPeers(people, { availability: { referenceDate: "2026-03-02" } });
    const [a, b] = first.pairs[0]!.members as [string, string];
    const feedback: MeetingFeedback[] = [
      { members: [a, b], date: "2026-03-05", ratings: { [a]: 2 } },
      { members: [a, b], date: "2026-04-02", ratings: { [b]: 1 } },
    ];
    const { dissolve } = proposeDissolutions(feedback);
    const next = rematch(first, { dissolve }, people);
    expect(next.diff.dissolved).toContainEqual([a, b].sort());
  });

  it("rejects malformed feedback, naming every problem", () => {
    const issues = issuesOf(() =>
      proposeDissolutions(
        [
          { members: ["ana", "bea"], date: "2026-13-01", ratings: { ana: 6 } },
          { members: ["ana", "bea"], date: "2026-03-01", ratings: { cleo: 1 } },
          { members: ["ana"], date: "2026-03-01", ratings: {}, rating: 2 } as unknown as MeetingFeedback,
        ],
        // @ts-expect-error a misspelt rule key on purpose
        { lowRatng: 2 },
      ),
    );
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["unrecognized_key", "rule.lowRatng"],
      ["invalid_date", "0.date"],
      ["out_of_range", "0.ratings.ana"],
      ["unknown_id", "1.ratings.cleo"],
      ["out_of_range", "2.members"],
      ["unrecognized_key", "2.rating"],
    ]);
    expect(issues[0]?.message).toContain('did you mean "lowRating"');
  });
});
