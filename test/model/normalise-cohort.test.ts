import { describe, expect, it } from "vitest";
import { normaliseCohort } from "../../src/model/normalise-cohort.js";
import type { MatchInputIssue } from "../../src/errors/match-input-error.js";
import { issuesOf } from "../support/issues-of.js";

const REF = { availability: { referenceDate: "2026-03-15" } };
const normalise = (participants: unknown, options: unknown = REF) =>
  normaliseCohort(participants, options, "matchPeers");
const only = (issues: readonly MatchInputIssue[]): MatchInputIssue => {
  expect(issues).toHaveLength(1);
  return issues[0]!;
};

describe("normaliseCohort: each kind of bad input", () => {
  it("participants that are not an array", () => {
    for (const input of [null, undefined, 3, "a", { id: "a" }]) {
      const issue = only(issuesOf(() => normalise(input)));
      expect(issue.code).toBe("invalid_type");
      expect(issue.path).toEqual([]);
      expect(issue.participantId).toBeUndefined();
      expect(issue.message.startsWith("matchPeers: participants must be an array")).toBe(true);
    }
  });

  it("an entry that is not an object", () => {
    const issue = only(issuesOf(() => normalise([{ id: "a" }, null])));
    expect(issue).toMatchObject({ code: "invalid_type", path: [1] });
    expect(issue.participantId).toBeUndefined();
    expect(issue.message).toContain("participant at index 1");
  });

  it("a hole in a sparse array", () => {
    const sparse: unknown[] = [{ id: "a" }];
    sparse[2] = { id: "c" };
    expect(only(issuesOf(() => normalise(sparse)))).toMatchObject({ code: "invalid_type", path: [1] });
  });

  it("a missing or invalid id", () => {
    expect(only(issuesOf(() => normalise([{ name: "x" }])))).toMatchObject({ code: "invalid_type", path: [0, "id"] });
    expect(only(issuesOf(() => normalise([{ id: "" }])))).toMatchObject({
      code: "out_of_range",
      path: [0, "id"],
      participantId: "",
    });
    const long = only(issuesOf(() => normalise([{ id: "x".repeat(5000) }])));
    expect(long).toMatchObject({ code: "out_of_range", path: [0, "id"], participantId: "x".repeat(5000) });
    expect(long.message.length).toBeLessThan(200);
    expect(only(issuesOf(() => normalise([{ id: 7 }])))).toMatchObject({ code: "invalid_type", path: [0, "id"] });
  });

  it("duplicate ids, reported on the later entries", () => {
    const issues = issuesOf(() => normalise([{ id: "a" }, { id: "b" }, { id: "a" }, { id: "a" }]));
    expect(issues.map((issue) => [issue.code, issue.path, issue.participantId])).toEqual([
      ["duplicate_id", [2, "id"], "a"],
      ["duplicate_id", [3, "id"], "a"],
    ]);
    expect(issues[0]?.message).toContain("index 0");
  });

  it("an unknown IANA time zone", () => {
    const issue = only(issuesOf(() => normalise([{ id: "p7", availability: { timezone: "Mars/Base", slots: [] } }])));
    expect(issue).toMatchObject({
      code: "unknown_timezone",
      path: [0, "availability", "timezone"],
      participantId: "p7",
    });
    expect(issue.message).toBe(
      'matchPeers: participant "p7" availability.timezone "Mars/Base" is not an IANA time zone',
    );
  });

  it("an abbreviation or legacy alias that Intl would read in a surprising way", () => {
    // Intl reads "BST" as Asia/Dhaka and "EST" as a fixed UTC-5: both are refused.
    for (const timezone of ["BST", "EST", "IST", "Japan", "EST5EDT"]) {
      const issue = only(issuesOf(() => normalise([{ id: "p7", availability: { timezone, slots: [] } }])));
      expect(issue).toMatchObject({
        code: "unknown_timezone",
        path: [0, "availability", "timezone"],
        participantId: "p7",
      });
    }
    for (const timezone of ["UTC", "GMT", "Europe/London", "US/Eastern", "Etc/GMT-2"]) {
      expect(() => normalise([{ id: "p7", availability: { timezone, slots: [] } }])).not.toThrow();
    }
  });

  it("malformed slots: 25:00, 9:5, day monday, start 24:00, a number, a zero-length slot", () => {
    const slots = [
      { day: "mon", start: "09:00", end: "25:00" },
      { day: "mon", start: "9:5", end: "10:00" },
      { day: "monday", start: "09:00", end: "10:00" },
      { day: "tue", start: "24:00", end: "01:00" },
      { day: "wed", start: 900, end: "10:00" },
      { day: "thu", start: "10:00", end: "10:00" },
      "mon 9-10",
    ];
    const issues = issuesOf(() => normalise([{ id: "s", availability: { timezone: "UTC", slots } }]));
    expect(issues.map((issue) => issue.path)).toEqual([
      [0, "availability", "slots", 0, "end"],
      [0, "availability", "slots", 1, "start"],
      [0, "availability", "slots", 2, "day"],
      [0, "availability", "slots", 3, "start"],
      [0, "availability", "slots", 4, "start"],
      [0, "availability", "slots", 5, "end"],
      [0, "availability", "slots", 6],
    ]);
    for (const issue of issues) expect(issue).toMatchObject({ code: "invalid_slot", participantId: "s" });
  });

  it("out-of-range coordinates", () => {
    const issues = issuesOf(() => normalise([{ id: "g", location: { lat: 90.5, lon: -181 } }]));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["out_of_range", [0, "location", "lat"]],
      ["out_of_range", [0, "location", "lon"]],
    ]);
  });

  it("non-finite and negative numbers", () => {
    const issues = issuesOf(() =>
      normalise([
        {
          id: "n",
          experienceYears: Number.NaN,
          maxDistanceKm: Number.POSITIVE_INFINITY,
          hoursPerMonth: -2,
          capacity: 1.5,
        },
      ]),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_type", [0, "experienceYears"]],
      ["invalid_type", [0, "maxDistanceKm"]],
      ["out_of_range", [0, "hoursPerMonth"]],
      ["invalid_type", [0, "capacity"]],
    ]);
    expect(issues[1]?.message).toContain("got Infinity");
  });

  it("importance with an unknown feature, a negative or a non-finite value", () => {
    const issues = issuesOf(() =>
      normalise([{ id: "i", importance: { goals: -1, language: Number.NaN, geograpy: 2, "custom-x": 1 } }]),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["out_of_range", [0, "importance", "goals"]],
      ["invalid_type", [0, "importance", "language"]],
      ["unrecognized_key", [0, "importance", "geograpy"]],
      ["unrecognized_key", [0, "importance", "custom-x"]],
    ]);
    expect(issues[2]?.message).toContain('importance.geograpy is not a feature (did you mean "geography"?)');
    expect(issues[3]?.message).toContain("(features: goals, complementarity,");
  });

  it("importance may name a custom feature of the options", () => {
    const options = { ...REF, custom: [{ name: "custom-x", weight: 1, score: () => 1 }] };
    const cohort = normalise([{ id: "i", importance: { "custom-x": 2, goals: 0 } }], options);
    expect(cohort.features.at(-1)).toBe("custom-x");
    expect(cohort.importance[0]).toBe(0); // goals
    expect(cohort.importance[cohort.features.length - 1]).toBe(2);
  });

  it("a __proto__ key in importance or attributes is reported, not dropped", () => {
    const raw = JSON.parse('{"id": "x", "importance": {"__proto__": 2}, "attributes": {"__proto__": "y"}}') as unknown;
    const issues = issuesOf(() => normalise([raw]));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unrecognized_key", [0, "importance", "__proto__"]],
      ["unrecognized_key", [0, "attributes", "__proto__"]],
    ]);
  });

  it("unknown fields (typos) on participants and options", () => {
    const issues = issuesOf(() =>
      normalise([{ id: "t", languges: ["en"], communication: { style: ["direct"] } }], { solvr: "fair" }),
    );
    // zod reports a nested object's issues before the unknown keys of its parent.
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unrecognized_key", [0, "communication", "style"]],
      ["unrecognized_key", [0, "languges"]],
      ["unrecognized_key", ["options", "solvr"]],
    ]);
    expect(issues[1]?.message).toBe(
      'matchPeers: participant "t" languges is not a known field (did you mean "languages"?)',
    );
    expect(issues[0]?.message).toContain('(did you mean "styles"?)');
    expect(issues[2]?.message).toBe('matchPeers: options.solvr is not a known field (did you mean "solver"?)');
  });

  it("an unknown solver and a bad referenceDate", () => {
    const issues = issuesOf(() => normalise([], { solver: "fastest", availability: { referenceDate: "2026-02-30" } }));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_value", ["options", "solver"]],
      ["invalid_date", ["options", "availability", "referenceDate"]],
    ]);
    for (const referenceDate of ["15/03/2026", "2026-3-15", "2026-13-01", 20260315, ""]) {
      const issue = only(issuesOf(() => normalise([], { availability: { referenceDate } })));
      expect(issue).toMatchObject({ code: "invalid_date", path: ["options", "availability", "referenceDate"] });
    }
  });

  it("options that are not an object", () => {
    for (const options of [null, 3, "fair", []]) {
      expect(only(issuesOf(() => normalise([], options)))).toMatchObject({ code: "invalid_type", path: ["options"] });
    }
  });

  it("reports every problem of the input at once, in input order", () => {
    const issues = issuesOf(() =>
      normalise(
        [
          { id: "p1", availability: { timezone: "Mars/Base", slots: [{ day: "mon", start: "25:00", end: "10:00" }] } },
          { id: "p2", location: { lat: 100, lon: 0 } },
          { id: "p1" },
          42,
        ],
        { solver: "best", weights: { goals: -1 } },
      ),
    );
    expect(issues.map((issue) => [issue.code, issue.participantId ?? null])).toEqual([
      ["unknown_timezone", "p1"],
      ["invalid_slot", "p1"],
      ["out_of_range", "p2"],
      ["duplicate_id", "p1"],
      ["invalid_type", null],
      ["invalid_value", null],
      ["out_of_range", null],
    ]);
  });
});

describe("normaliseCohort: ids that are Object.prototype keys", () => {
  it("treats __proto__, constructor and toString as ordinary ids", () => {
    const input = JSON.parse(
      '[{"id": "toString", "exclude": ["__proto__"]}, {"id": "__proto__", "pastPartners": ["constructor"]}, {"id": "constructor"}]',
    ) as unknown;
    const cohort = normalise(input);
    expect(cohort.ids).toEqual(["__proto__", "constructor", "toString"]);
    expect(cohort.participants.map((p) => p.id)).toEqual(cohort.ids);
    // __proto__ (0) is banned with constructor (1, past partner) and toString (2, excluded).
    expect(Array.from(cohort.bannedOffsets)).toEqual([0, 2, 3, 4]);
    expect(Array.from(cohort.bannedIndex)).toEqual([1, 2, 0, 0]);
    expect(Array.from(cohort.bannedReason)).toEqual([1, 0, 1, 0]);
  });

  it("reports duplicate __proto__ ids", () => {
    const input = JSON.parse('[{"id": "__proto__"}, {"id": "__proto__"}]') as unknown;
    expect(only(issuesOf(() => normalise(input)))).toMatchObject({ code: "duplicate_id", participantId: "__proto__" });
  });
});

describe("normaliseCohort: the caller's objects", () => {
  function deepFreeze<T>(value: T): T {
    if (value !== null && typeof value === "object") {
      for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
      Object.freeze(value);
    }
    return value;
  }

  const people = () => [
    {
      id: "b",
      goals: ["  Leadership ", "Public speaking"],
      communication: { styles: [" Direct"], channels: ["video" as const] },
      availability: { timezone: "Asia/Kolkata", slots: [{ day: "mon" as const, start: "22:00", end: "24:00" }] },
      exclude: ["c"],
      attributes: { team: ["x", "y"] },
    },
    { id: "a", languages: [" EN "], location: { lat: 52.37, lon: 4.9, label: "Amsterdam" } },
  ];

  it("works on deep-frozen input and leaves it unchanged", () => {
    const frozen = deepFreeze(people());
    const cohort = normalise(frozen, deepFreeze({ ...REF, weights: { goals: 2 } }));
    expect(frozen).toEqual(people());
    expect(cohort.ids).toEqual(["a", "b"]);
    expect(cohort.participants[1]?.goals).toEqual(["Leadership", "Public speaking"]);
  });

  it("returns copies, never the caller's objects", () => {
    const input = people();
    const cohort = normalise(input);
    expect(cohort.participants[1]).not.toBe(input[0]);
    expect(cohort.participants[1]?.availability).not.toBe(input[0]?.availability);
    expect(cohort.participants[1]?.goals).not.toBe(input[0]?.goals);
    expect(cohort.participants[1]?.attributes?.team).not.toBe(input[0]?.attributes?.team);
  });
});

describe("normaliseCohort: the cohort arrays", () => {
  const cohort = () =>
    normalise(
      [
        {
          id: "carol",
          careerStage: "senior",
          goals: ["Leadership"],
          growthAreas: ["negotiation", "LEADERSHIP"],
          communication: { styles: ["direct"], channels: ["video", "in-person", "video"], frequency: "monthly" },
          industry: " Finance ",
          organization: "Acme",
          meetingMode: "in-person",
          maxDistanceKm: 25,
          location: { lat: 52.37, lon: 4.9 },
          hoursPerMonth: 3,
          exclude: ["alice", "nobody", "carol"],
          pastPartners: ["alice", "bob"],
          importance: { goals: 2, availability: 0 },
        },
        {
          id: "alice",
          experienceYears: 4,
          careerStage: "executive",
          goals: ["leadership", "Public Speaking"],
          strengths: ["Negotiation"],
          communication: { styles: ["Direct", "Reflective"], channels: ["chat"], frequency: "weekly" },
          languages: ["en", "NL"],
          industry: "finance",
          organization: "acme ",
          meetingMode: "virtual",
        },
        { id: "bob", careerStage: "early", languages: ["nl"], communication: {}, goals: [] },
      ],
      REF,
    );

  it("interns ids in sorted order and keeps the validated participants aligned", () => {
    const c = cohort();
    expect(c.n).toBe(3);
    expect(c.ids).toEqual(["alice", "bob", "carol"]);
    expect(c.participants.map((p) => p.id)).toEqual(c.ids);
    expect(c.participants[2]?.industry).toBe("Finance");
  });

  it("packs tags into bitsets; goals, strengths and growth areas share one vocabulary", () => {
    const c = cohort();
    // First seen (as written) over participants in index order (alice, bob, carol), goals then strengths then growth areas.
    expect(c.goals.vocabulary).toEqual(["leadership", "Public Speaking", "Negotiation"]);
    expect(c.strengths.vocabulary).toBe(c.goals.vocabulary);
    expect(c.growthAreas.vocabulary).toBe(c.goals.vocabulary);
    expect(Array.from(c.goals.bits)).toEqual([0b011, 0, 0b001]);
    expect(Array.from(c.goals.count)).toEqual([2, 0, 1]);
    expect(Array.from(c.goals.present)).toEqual([1, 1, 1]); // bob gave an empty list
    expect(Array.from(c.strengths.bits)).toEqual([0b100, 0, 0]);
    expect(Array.from(c.strengths.present)).toEqual([1, 0, 0]);
    // carol wants to grow in negotiation and leadership (case-insensitive duplicates count once).
    expect(Array.from(c.growthAreas.bits)).toEqual([0, 0, 0b101]);
    expect(Array.from(c.growthAreas.count)).toEqual([0, 0, 2]);
    // Complementarity reads across families: alice's strengths cover carol's growth areas.
    expect(c.growthAreas.bits[2]! & c.strengths.bits[0]!).toBe(0b100);
    expect(c.styles.vocabulary).toEqual(["Direct", "Reflective"]);
    expect(Array.from(c.styles.bits)).toEqual([0b11, 0, 0b01]);
    expect(Array.from(c.styles.present)).toEqual([1, 0, 1]);
    expect(c.languages.vocabulary).toEqual(["en", "NL"]);
    expect(Array.from(c.languages.bits)).toEqual([0b11, 0b10, 0]);
  });

  it("packs tags beyond 32 into further words", () => {
    const goals = Array.from({ length: 40 }, (_, k) => `goal-${k}`);
    const c = normalise([
      { id: "a", goals },
      { id: "b", goals: ["goal-39"] },
    ]);
    expect(c.goals.words).toBe(2);
    expect(Array.from(c.goals.bits)).toEqual([0xffffffff, 0xff, 0, 1 << 7]);
  });

  it("encodes channels, frequency and meeting mode", () => {
    const c = cohort();
    expect(Array.from(c.channels)).toEqual([4, 0, 1 | 16]); // chat; none; video + in-person
    expect(Array.from(c.frequency)).toEqual([0, -1, 2]);
    expect(Array.from(c.meetingMode)).toEqual([1, -1, 0]);
  });

  it("uses experienceYears, else the career-stage fallback, else NaN", () => {
    const c = cohort();
    expect(Array.from(c.experienceYears)).toEqual([4, 2, 15]);
    expect(Number.isNaN(normalise([{ id: "x" }]).experienceYears[0])).toBe(true);
  });

  it("interns industry and organisation trimmed and lower-cased", () => {
    const c = cohort();
    expect(Array.from(c.industry)).toEqual([0, -1, 0]);
    expect(Array.from(c.organization)).toEqual([0, -1, 0]);
  });

  it("fills location, distance and commitment, with NaN / Infinity when missing", () => {
    const c = cohort();
    expect(Array.from(c.lat)).toEqual([Number.NaN, Number.NaN, 52.37]);
    expect(Array.from(c.lon)).toEqual([Number.NaN, Number.NaN, 4.9]);
    expect(Array.from(c.maxDistanceKm)).toEqual([Infinity, Infinity, 25]);
    expect(Array.from(c.hoursPerMonth)).toEqual([Number.NaN, Number.NaN, 3]);
  });

  it("bans excluded and past partners on both sides; unknown ids and self are ignored", () => {
    const c = cohort();
    // carol (2) excludes alice (0): reason 0, which wins over past partner; carol and bob (1) are past partners.
    expect(Array.from(c.bannedOffsets)).toEqual([0, 1, 2, 4]);
    expect(Array.from(c.bannedIndex)).toEqual([2, 2, 0, 1]);
    expect(Array.from(c.bannedReason)).toEqual([0, 1, 0, 1]);
  });

  it("does not ban past partners when they are allowed", () => {
    const c = normalise([{ id: "a", pastPartners: ["b"], exclude: ["c"] }, { id: "b" }, { id: "c" }], {
      ...REF,
      allowPastPartners: true,
    });
    expect(Array.from(c.bannedOffsets)).toEqual([0, 1, 1, 2]);
    expect(Array.from(c.bannedIndex)).toEqual([2, 0]);
    expect(Array.from(c.bannedReason)).toEqual([0, 0]);
  });

  it("lays out importance as n × features, 1 where not set", () => {
    const c = cohort();
    const width = c.features.length;
    expect(c.features).toEqual([
      "goals",
      "complementarity",
      "communication",
      "availability",
      "geography",
      "experience",
      "industry",
      "language",
      "commitment",
    ]);
    expect(c.importance).toHaveLength(3 * width);
    const carol = Array.from(c.importance.subarray(2 * width, 3 * width));
    expect(carol).toEqual([2, 1, 1, 0, 1, 1, 1, 1, 1]);
    expect(Array.from(c.importance.subarray(0, 2 * width)).every((value) => value === 1)).toBe(true);
  });

  it("resolves the options into the cohort", () => {
    const c = cohort();
    expect(c.options.availability.referenceDate).toBe("2026-03-15");
    expect(c.options.solver).toBe("optimal");
  });

  it("accepts an empty cohort", () => {
    const c = normalise([]);
    expect(c.n).toBe(0);
    expect(Array.from(c.availability.offsets)).toEqual([0]);
    expect(Array.from(c.bannedOffsets)).toEqual([0]);
  });
});

describe("normaliseCohort: messages", () => {
  it("says a required field is required, and an explicit undefined is not the same as leaving a field out", () => {
    const issues = issuesOf(() =>
      normalise(
        [
          {
            id: "a",
            name: undefined,
            location: { lat: 1 },
            availability: { timezone: "UTC", slots: [{ start: "09:00", end: "10:00" }] },
          },
        ],
        { ...REF, custom: [{ name: "x", weight: 1 }] },
      ),
    );
    expect(issues.map((issue) => issue.message)).toEqual([
      'matchPeers: participant "a" name must be a string, got undefined (leave an optional field out instead)',
      'matchPeers: participant "a" availability.slots[0].day is required',
      'matchPeers: participant "a" location.lon is required',
      "matchPeers: options.custom[0].score is required",
    ]);
  });

  it("names a participant without a usable id by its index", () => {
    const issues = issuesOf(() => normalise([{ id: "ok" }, { goals: "leadership" }]));
    expect(issues.map((issue) => issue.message)).toEqual([
      "matchPeers: participant at index 1 id is required",
      'matchPeers: participant at index 1 goals must be an array, got "leadership"',
    ]);
  });
});

describe("normaliseCohort: large bad input", () => {
  it("reports one issue per bad entry even for hundreds of thousands of entries (no stack overflow)", () => {
    const exclude = Array.from({ length: 200_000 }, () => 1);
    const issues = issuesOf(() => normalise([{ id: "a", exclude }]));
    expect(issues).toHaveLength(200_000);
    expect(issues[199_999]).toMatchObject({ code: "invalid_type", path: [0, "exclude", 199_999] });
  });
});
