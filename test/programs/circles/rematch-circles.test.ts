import { describe, expect, it } from "vitest";
import type { CircleChange, Participant } from "peermatch";
import { formCircles, generateCohort, MatchInputError, rematchCircles, renderReport, rotateCircles } from "peermatch";
import { issuesOf } from "../../support/issues-of.js";
import { checkCircleRematch } from "../../support/oracles/circle-rematch-checker.js";

const referenceDate = "2026-03-02";

/** People with no availability and nothing that vetoes a pair. */
function open(n: number): Participant[] {
  return Array.from({ length: n }, (_, k) => ({
    id: `p${String(k).padStart(2, "0")}`,
    goals: k % 3 === 0 ? ["negotiation"] : ["leadership"],
  }));
}

const ids = (people: readonly Participant[]) => people.map((p) => p.id);
const SIZE = { min: 4, max: 5 };

describe("rematchCircles", () => {
  const cohort = open(14);
  const first = formCircles(cohort, { size: SIZE, availability: { referenceDate }, seed: "s1" });

  it("the fixture: 14 people in three circles (5, 5, 4), nobody left out", () => {
    expect(first.circles.map((c) => c.members.length).sort()).toEqual([4, 5, 5]);
    expect(first.meta.circleOptions).toMatchObject({ size: SIZE, solver: "optimal" });
  });

  it("a leaver disappears; a circle of five keeps its four others; the rest stay as they are", () => {
    const five = first.circles.find((c) => c.members.length === 5)!;
    const leaver = five.members[0]!;
    const now = cohort.filter((p) => p.id !== leaver);
    const change = { leave: [leaver] };
    const next = rematchCircles(first, change, now);
    expect(checkCircleRematch(first, change, ids(now), next, SIZE)).toEqual([]);
    expect(next.circles.map((c) => c.members)).toContainEqual(five.members.slice(1));
    expect(next.diff.left).toEqual([leaver]);
    expect(next.diff.kept).toHaveLength(2);
    // Options carried over from meta: the same seed, size and reference date.
    expect(next.meta.options).toEqual(first.meta.options);
    expect(next.meta.circleOptions).toEqual(first.meta.circleOptions);
  });

  it("a circle that drops below size.min is refilled by a joiner, or dissolved and its members re-placed", () => {
    const four = first.circles.find((c) => c.members.length === 4)!;
    const leaver = four.members[0]!;
    const joiner = { id: "new", goals: ["leadership"] };
    const refill = cohort.filter((p) => p.id !== leaver).concat(joiner);
    const change = { leave: [leaver], join: ["new"] };
    const next = rematchCircles(first, change, refill);
    expect(checkCircleRematch(first, change, ids(refill), next, SIZE)).toEqual([]);
    expect(next.circles.map((c) => c.members)).toContainEqual([...four.members.slice(1), "new"].sort());
    // Without a joiner the three cannot form a circle, and the untouched circles (both full
    // at five) stay as they are: the three are dissolved and left out, each with why.
    const shrunk = cohort.filter((p) => p.id !== leaver);
    const alone = rematchCircles(first, { leave: [leaver] }, shrunk);
    expect(checkCircleRematch(first, { leave: [leaver] }, ids(shrunk), alone, SIZE)).toEqual([]);
    expect(alone.unmatched.map((u) => [u.id, u.reason])).toEqual(four.members.slice(1).map((id) => [id, "left-over"]));
    expect(alone.diff.kept).toHaveLength(2);
  });

  it("a dissolved pair is never in one circle again, here and in formCircles and rotateCircles fed the result", () => {
    const circle = first.circles[0]!;
    const [a, b] = circle.members as [string, string];
    const change: CircleChange = { dissolve: [[a, b]] };
    const next = rematchCircles(first, change, cohort);
    expect(checkCircleRematch(first, change, ids(cohort), next, SIZE)).toEqual([]);
    expect(next.history.dissolved).toEqual([[a, b].sort()]);
    expect(next.diff.dissolved).toContainEqual(circle.members);
    // Another re-match later keeps the ban (history.dissolved), as rematch does for pairs.
    const later = rematchCircles(next, {}, cohort, { solver: "fair" });
    expect(checkCircleRematch(next, {}, ids(cohort), later, SIZE)).toEqual([]);
    expect(later.meta.circleOptions.solver).toBe("fair");
    // formCircles and rotateCircles honour options.previous.history.dissolved.
    const fresh = formCircles(cohort, { size: SIZE, availability: { referenceDate }, previous: next });
    for (const c of fresh.circles) expect(c.members.includes(a) && c.members.includes(b)).toBe(false);
    expect(fresh.history.dissolved).toEqual(next.history.dissolved);
    const rounds = rotateCircles(cohort, { rounds: 3, size: SIZE, availability: { referenceDate }, previous: next });
    for (const round of rounds.rounds)
      for (const c of round.circles) expect(c.members.includes(a) && c.members.includes(b)).toBe(false);
    expect(rounds.history.dissolved).toEqual(next.history.dissolved);
  });

  it("an untouched circle the current profiles forbid is invalidated and its members re-placed", () => {
    const circle = first.circles[0]!;
    const [a, b] = circle.members as [string, string];
    const changed = cohort.map((p) => (p.id === a ? { ...p, exclude: [b] } : p));
    const next = rematchCircles(first, {}, changed);
    expect(next.diff.invalidated).toEqual([circle.members]);
    expect(checkCircleRematch(first, {}, ids(changed), next, SIZE)).toEqual([]);
    for (const c of next.circles) expect(c.members.includes(a) && c.members.includes(b)).toBe(false);
  });

  it("renders in the report, and its result is plain JSON", () => {
    const next = rematchCircles(first, { leave: [cohort[0]!.id] }, cohort.slice(1));
    expect(JSON.parse(JSON.stringify(next))).toEqual(next);
    expect(renderReport(next)).toContain("# Circles report");
  });

  it("checks the change and the stored result strictly, reporting every problem", () => {
    const [a, b] = first.circles[0]!.members as [string, string];
    const other = first.circles[1]!.members[0]!;
    const issues = issuesOf(() => rematchCircles(first, { disolve: [[a, b]] } as unknown as CircleChange, cohort));
    expect(issues.map((issue) => issue.code)).toContain("unrecognized_key");
    const many = issuesOf(() =>
      rematchCircles(first, { dissolve: [[a, other]], leave: ["nobody"], join: [a] }, cohort),
    );
    expect(many.map((issue) => issue.code).sort()).toEqual(["duplicate_id", "invalid_value", "unknown_id"]);
    // Someone missing from participants must be listed in leave.
    expect(issuesOf(() => rematchCircles(first, {}, cohort.slice(1))).map((i) => i.code)).toEqual(["unknown_id"]);
    // A malformed previous result.
    const broken: unknown = { ...first, circles: [{ members: [a, 7], score: 2 }] };
    // @ts-expect-error a malformed previous result on purpose
    const bad = issuesOf(() => rematchCircles(broken, {}, cohort));
    expect(bad.every((issue) => issue.path[0] === "previous" || issue.path[0] === "participants")).toBe(true);
    expect(bad.map((issue) => issue.code)).toContain("invalid_type");
    const twice: unknown = { ...first, circles: [first.circles[0]!, first.circles[0]!] };
    // @ts-expect-error a circle listed twice on purpose
    expect(issuesOf(() => rematchCircles(twice, {}, cohort)).map((i) => i.code)).toContain("duplicate_id");
    // @ts-expect-error a peer result where a circle result belongs, on purpose
    expect(() => rematchCircles({ pairs: [] }, {}, cohort)).toThrow(MatchInputError);
    const history: unknown = { ...first, history: { dissolved: [[a, a]], formed: [] } };
    // @ts-expect-error a history naming one person twice in a pair, on purpose
    expect(issuesOf(() => rematchCircles(history, {}, cohort)).map((i) => i.code)).toContain("invalid_value");
    // @ts-expect-error previous is an option of formCircles and rotateCircles, not of rematchCircles
    expect(issuesOf(() => rematchCircles(first, {}, cohort, { previous: first })).map((i) => i.code)).toEqual([
      "unrecognized_key",
    ]);
    expect(
      // @ts-expect-error a dissolved "pair" of one id on purpose
      issuesOf(() => formCircles(cohort, { previous: { history: { dissolved: [[a]] } } })).map((i) =>
        i.path.slice(0, 3),
      ),
    ).toContainEqual(["options", "previous", "history"]);
  });

  it("gives the same JSON whatever the order of the participants and of the previous circles", () => {
    const people = generateCohort(22, { seed: "order" });
    const options = { size: { min: 3, max: 4 }, availability: { referenceDate }, seed: "o" };
    const before = formCircles(people.slice(0, 20), options);
    const leaver = before.circles[0]!.members[0]!;
    const change: CircleChange = { leave: [leaver], join: ["p021", "p022"] };
    const now = people.filter((p) => p.id !== leaver);
    const reordered = {
      ...before,
      circles: [...before.circles].reverse().map((c) => ({ ...c, members: [...c.members].reverse() })),
    };
    const one = rematchCircles(before, change, now);
    const two = rematchCircles(reordered, change, [...now].reverse());
    // Warnings are left out: their did-you-mean for an id outside the cohort can depend on the
    // participants' order when two ids are equally close (a matter of the shared warning code).
    expect({ ...two, warnings: [] }).toEqual({ ...one, warnings: [] });
    expect(two.warnings.map((w) => w.id)).toEqual(one.warnings.map((w) => w.id));
  });

  it("keeps every rule on generated cohorts with leavers, joiners and dissolutions", () => {
    for (const seed of ["x1", "x2", "x3"]) {
      const people = generateCohort(24, { seed });
      const options = { size: { min: 3, max: 4 }, availability: { referenceDate }, seed };
      const before = formCircles(people.slice(0, 20), options);
      const circle = before.circles[0]!;
      const leaver = before.circles[1]?.members[0] ?? before.unmatched[0]!.id;
      const change: CircleChange = {
        dissolve: [[circle.members[0]!, circle.members[1]!]],
        leave: [leaver],
        join: people.slice(20).map((p) => p.id),
      };
      const now = people.filter((p) => p.id !== leaver);
      const next = rematchCircles(before, change, now);
      expect(checkCircleRematch(before, change, ids(now), next, options.size)).toEqual([]);
    }
  });
});
