import { describe, expect, it } from "vitest";
import { formCircles, generateCohort, MatchInputError, rotateCircles } from "peermatch";
import type { Participant } from "peermatch";
import { issuesOf } from "../../support/issues-of.js";

const referenceDate = "2026-03-02";

function everyoneOnce(result: ReturnType<typeof formCircles>, n: number): void {
  const seen = [...result.circles.flatMap((circle) => circle.members), ...result.unmatched.map((u) => u.id)];
  expect(seen.length).toBe(n);
  expect(new Set(seen).size).toBe(n);
}

/** People with no availability and nothing that vetoes a pair. */
function open(n: number): Participant[] {
  return Array.from({ length: n }, (_, k) => ({
    id: `p${String(k).padStart(2, "0")}`,
    goals: k % 2 === 0 ? ["negotiation"] : ["leadership"],
  }));
}

describe("formCircles", () => {
  it("puts everyone in exactly one circle of the allowed size or in unmatched with a detail", () => {
    const cohort = generateCohort(60, { seed: "circles" });
    const result = formCircles(cohort, { size: { min: 4, max: 5 }, availability: { referenceDate } });
    everyoneOnce(result, 60);
    for (const circle of result.circles) {
      expect(circle.members.length).toBeGreaterThanOrEqual(4);
      expect(circle.members.length).toBeLessThanOrEqual(5);
      expect(Number.isFinite(circle.score)).toBe(true);
    }
    for (const entry of result.unmatched) expect(entry.detail.length).toBeGreaterThan(0);
    expect(result.stats.upperBound).toBeGreaterThanOrEqual(result.stats.objective);
    expect(result.stats.gap).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("is the same for the same seed whatever the input order", () => {
    const cohort = generateCohort(50, { seed: "order" });
    const options = { size: { min: 4, max: 6 }, availability: { referenceDate }, seed: "s1" } as const;
    const forward = formCircles(cohort, options);
    const backward = formCircles([...cohort].reverse(), options);
    const again = formCircles(cohort, options);
    expect(backward).toEqual(forward);
    expect(again).toEqual(forward);
  });

  it("reports a meeting in UTC and in each member's own zone", () => {
    const slot = { day: "thu", start: "18:00", end: "19:00" } as const;
    const people: Participant[] = [
      { id: "a", availability: { timezone: "Europe/Amsterdam", slots: [slot] } },
      { id: "b", availability: { timezone: "Europe/Amsterdam", slots: [slot] } },
      { id: "c", availability: { timezone: "Europe/London", slots: [{ day: "thu", start: "16:00", end: "19:00" }] } },
      { id: "d" },
    ];
    const result = formCircles(people, { size: { min: 4, max: 4 }, availability: { referenceDate: "2026-01-15" } });
    expect(result.circles).toHaveLength(1);
    const meeting = result.circles[0]!.meeting!;
    expect(meeting).toMatchObject({ day: "thu", start: "17:00", end: "18:00", timezone: "UTC" });
    expect(meeting.local.a).toEqual({ day: "thu", start: "18:00", end: "19:00", timezone: "Europe/Amsterdam" });
    expect(meeting.local.c).toEqual({ day: "thu", start: "17:00", end: "18:00", timezone: "Europe/London" });
    expect(meeting.local.d).toBeUndefined();
  });

  it("gives null as the meeting when no member gave availability", () => {
    const result = formCircles(open(8), { size: { min: 4, max: 4 } });
    expect(result.circles.map((circle) => circle.meeting)).toEqual([null, null]);
    expect(result.stats.exact).toBe(true);
  });

  it("keeps together pairs in one circle and apart pairs in different ones", () => {
    const result = formCircles(open(12), {
      size: { min: 4, max: 4 },
      together: [
        ["p00", "p01"],
        ["p01", "p02"],
      ],
      apart: [["p03", "p04"]],
    });
    const circleOf = (id: string) => result.circles.findIndex((circle) => circle.members.includes(id));
    expect(circleOf("p00")).toBe(circleOf("p01"));
    expect(circleOf("p02")).toBe(circleOf("p01"));
    expect(circleOf("p03")).not.toBe(circleOf("p04"));
    expect(result.stats.unmetRules).toEqual([]);
  });

  it("throws MatchInputError for contradictory rules and unknown ids, with every issue", () => {
    const people: Participant[] = [...open(8), { id: "x", exclude: ["p00"] }];
    const issues = issuesOf(() =>
      formCircles(people, {
        together: [
          ["p00", "x"],
          ["p01", "p02"],
        ],
        apart: [
          ["p01", "p02"],
          ["p03", "nobody"],
        ],
      }),
    );
    expect(issues.map((issue) => issue.code).sort()).toEqual(["invalid_value", "invalid_value", "unknown_id"]);
    expect(() => formCircles(open(8), { size: { min: 5, max: 4 } })).toThrow(MatchInputError);
    // @ts-expect-error circles take no pair solver: the wrong option on purpose
    expect(issuesOf(() => formCircles(open(8), { solver: "stable" }))[0]?.code).toBe("invalid_value");
  });

  it("lists ids outside the cohort in warnings, as every other result does, and throws under unknownIds error", () => {
    const people = [{ id: "ana", exclude: ["zed"] }, { id: "bea" }, { id: "cy" }, { id: "dee" }];
    const size = { min: 2, max: 2 };
    for (const result of [formCircles(people, { size }), rotateCircles(people, { size, rounds: 2 })]) {
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatchObject({ code: "unknown_id", participantId: "ana", id: "zed" });
    }
    expect(formCircles(people, { size, unknownIds: "ignore" }).warnings).toEqual([]);
    expect(issuesOf(() => formCircles(people, { size, unknownIds: "error" })).map((issue) => issue.code)).toEqual([
      "unknown_id",
    ]);
  });

  it("reports a noLoneMember rule the cohort cannot meet, with the circle it concerns", () => {
    const people = open(8).map((person, k) => ({ ...person, attributes: { gender: k === 0 ? "woman" : "man" } }));
    const result = formCircles(people, {
      size: { min: 4, max: 4 },
      noLoneMember: [{ field: "attributes.gender", value: "woman" }],
    });
    expect(result.stats.unmetRules).toHaveLength(1);
    const [rule] = result.stats.unmetRules;
    expect(rule?.rule).toBe("noLoneMember");
    expect(result.circles[rule!.circles[0]!]!.members).toContain("p00");
  });

  it("meets maxShared and facilitator rules when the cohort allows", () => {
    const people = open(12).map((person, k) => ({ ...person, organization: `org${k % 3}` }));
    const result = formCircles(people, {
      size: { min: 4, max: 4 },
      maxShared: [{ field: "organization", max: 2 }],
      facilitators: ["p00", "p05", "p07"],
    });
    expect(result.stats.unmetRules).toEqual([]);
    for (const circle of result.circles)
      expect(circle.members.filter((id) => ["p00", "p05", "p07"].includes(id))).toHaveLength(1);
  });
});

describe("rotateCircles", () => {
  it("schedules 16 people in circles of 4 over 5 rounds without a repeated pair", () => {
    const schedule = rotateCircles(open(16), { rounds: 5, size: { min: 4, max: 4 } });
    expect(schedule.rounds).toHaveLength(5);
    expect(schedule.repeats).toEqual([]);
    expect(schedule.stats.repeatedMeetings).toBe(0);
    expect(schedule.stats.roundsWithoutRepeats).toBe(5);
    const pairs = new Set<string>();
    for (const round of schedule.rounds) {
      expect(round.circles).toHaveLength(4);
      for (const { members } of round.circles) {
        for (let x = 0; x < members.length; x++)
          for (let y = x + 1; y < members.length; y++) pairs.add(`${members[x]}|${members[y]}`);
      }
    }
    expect(pairs.size).toBe(5 * 4 * 6);
  });

  it("reports every repeat when repeats are unavoidable", () => {
    const schedule = rotateCircles(open(8), { rounds: 3, size: { min: 4, max: 4 } });
    expect(schedule.repeats.length).toBeGreaterThan(0);
    const counted = schedule.repeats.reduce((sum, repeat) => sum + repeat.rounds.length - 1, 0);
    expect(schedule.stats.repeatedMeetings).toBe(counted);
  });

  it("rejects a missing or out-of-range round count", () => {
    expect(issuesOf(() => rotateCircles(open(8), { rounds: 0 }))[0]?.code).toBe("out_of_range");
  });
});
