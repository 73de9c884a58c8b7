import { describe, expect, it } from "vitest";
import { explainPair, MatchInputError, matchPeers } from "peermatch";
import { type ImportMapping, importParticipants, safeImportParticipants } from "peermatch/import";
import { issuesOf } from "../support/issues-of.js";

const MAPPING: ImportMapping = {
  fields: {
    id: "Email",
    name: "Name",
    careerStage: { column: "Stage", values: { "Early career": "early", "Mid-career": "mid" } },
    experienceYears: "Years",
    goals: { column: "Goals", split: ", " },
    "communication.channels": { column: "Channels", values: { "Video call": "video" } },
    "availability.timezone": "Time zone",
    "availability.slots": { column: "Free", split: ";" },
  },
};
const HEADER = "Timestamp,Email,Name,Stage,Years,Goals,Channels,Time zone,Free";

function csv(...rows: string[]): string {
  return `${[HEADER, ...rows].join("\n")}\n`;
}

describe("importParticipants", () => {
  it("maps each row to a participant", () => {
    const { participants, rows, skipped } = importParticipants(
      csv(
        '2026-02-01,ana@x.example,Ana,Mid-career,7,"Leadership, Negotiation","Video call; Chat",UTC+1,"Mon 9:00 AM–10:30 AM; Wed 18:00-19:00"',
        "2026-02-02,bo@x.example,Bo,Early career,2,,,,",
      ),
      MAPPING,
    );
    expect(participants).toEqual([
      {
        id: "ana@x.example",
        name: "Ana",
        careerStage: "mid",
        experienceYears: 7,
        goals: ["Leadership", "Negotiation"],
        communication: { channels: ["video", "chat"] },
        availability: {
          timezone: "Etc/GMT-1",
          slots: [
            { day: "mon", start: "09:00", end: "10:30" },
            { day: "wed", start: "18:00", end: "19:00" },
          ],
        },
      },
      { id: "bo@x.example", name: "Bo", careerStage: "early", experienceYears: 2 },
    ]);
    expect(rows).toEqual([2, 3]);
    expect(skipped).toEqual([]);
  });

  it("reports every bad cell with its row, column, value and what was expected, in one error", () => {
    const issues = issuesOf(() =>
      importParticipants(
        csv(
          "t,ana@x.example,Ana,Middle,seven,,Fax,CST,Mon 9-10",
          't,bo@x.example,Bo,Mid-career,3,,,Europe/Oslo,"Moonday 9-10; Tue 25:00-26:00"',
        ),
        MAPPING,
      ),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_value", [2, "Stage"]],
      ["invalid_type", [2, "Years"]],
      ["invalid_value", [2, "Channels"]],
      ["ambiguous_timezone", [2, "Time zone"]],
      ["invalid_slot", [3, "Free"]],
      ["invalid_slot", [3, "Free"]],
    ]);
    expect(issues[0]).toMatchObject({
      row: 2,
      column: "Stage",
      value: "Middle",
      participantId: "ana@x.example",
      expected: expect.stringContaining('"Early career"'),
    });
    expect(issues[0]?.message).toMatch(/^importParticipants: row 2, column D "Stage": "Middle"/);
    expect(issues[3]?.message).toContain("America/Chicago");
  });

  it("throws a MatchInputError, and the safe entry returns the same issues with the good rows", () => {
    const text = csv("t,ana@x.example,Ana,,,,,Mars,", "t,bo@x.example,Bo,,,,,,");
    expect(() => importParticipants(text, MAPPING)).toThrow(MatchInputError);
    const result = safeImportParticipants(text, MAPPING);
    expect(result.success).toBe(false);
    expect(result.participants).toEqual([{ id: "bo@x.example", name: "Bo" }]);
    expect(result.rows).toEqual([3]);
    expect(result.issues.map((issue) => issue.code)).toEqual(["unknown_timezone"]);
  });

  it("runs the model's own checks and traces each back to its cell", () => {
    const result = safeImportParticipants(csv(`t,ana@x.example,Ana,,85,"${"x".repeat(201)}",,,`), MAPPING);
    expect(result.issues.map((issue) => [issue.code, issue.row, issue.column, issue.value])).toEqual([
      ["out_of_range", 2, "Years", "85"],
      ["out_of_range", 2, "Goals", "x".repeat(201)],
    ]);
    expect(result.issues[0]?.message).toBe(
      'safeImportParticipants: row 2, column E "Years": experienceYears must be at most 70, got 85',
    );
    expect(result.issues[0]?.expected).toBe("must be at most 70, got 85");
  });

  it("reports slots without a time zone on the zone's cell, and leaves out a zone without slots", () => {
    const result = safeImportParticipants(csv("t,ana@x.example,,,,,,,Mon 9-10", "t,bo@x.example,,,,,,UTC,"), MAPPING);
    expect(result.issues).toMatchObject([{ code: "unknown_timezone", row: 2, column: "Time zone", value: "" }]);
    expect(result.participants).toEqual([{ id: "bo@x.example" }]);
  });

  it("accounts for every row: blank rows are skipped, not dropped silently, and row numbers follow the sheet", () => {
    const result = safeImportParticipants(
      `${HEADER}\n\nt,ana@x.example,"Ana\nAnd",,,,,,\n,,,,,,,,\nt,,Bo,,,,,,\n`,
      MAPPING,
    );
    expect(result.rows).toEqual([3]);
    expect(result.skipped).toEqual([
      { row: 2, reason: "the row is blank" },
      { row: 4, reason: "the row is blank" },
    ]);
    expect(result.issues).toMatchObject([{ row: 5, column: "Email", code: "invalid_value", value: "" }]);
  });

  it("reports a repeated id on the later row, or keeps the later response when told to", () => {
    const text = csv("t,ana@x.example,Ana,,1,,,,", "t,bo@x.example,Bo,,,,,,", "t,ana@x.example,Ana,,2,,,,");
    const strict = safeImportParticipants(text, MAPPING);
    expect(strict.issues).toMatchObject([{ code: "duplicate_id", row: 4, column: "Email" }]);
    expect(strict.issues[0]?.message).toContain("row 2");
    const last = importParticipants(text, { ...MAPPING, duplicates: "last" });
    expect(last.participants.map((person) => [person.id, person.experienceYears])).toEqual([
      ["bo@x.example", undefined],
      ["ana@x.example", 2],
    ]);
    expect(last.rows).toEqual([3, 4]);
    expect(last.skipped).toEqual([
      { row: 2, reason: 'replaced by the later response in row 4 (same id "ana@x.example")' },
    ]);
  });

  it("names participants by row when the mapping has no id, and reads constants", () => {
    const { participants } = importParticipants("Name,Free\nAna,Mon 9-10\nBo,\n", {
      fields: { name: "Name", "availability.timezone": { value: "Europe/Amsterdam" }, "availability.slots": "Free" },
    });
    expect(participants).toEqual([
      {
        id: "row-2",
        name: "Ana",
        availability: { timezone: "Europe/Amsterdam", slots: [{ day: "mon", start: "09:00", end: "10:00" }] },
      },
      { id: "row-3", name: "Bo" },
    ]);
  });

  it("joins list columns, takes the one answer of scalar columns, and flags two different answers", () => {
    const mapping: ImportMapping = {
      fields: {
        id: "Id",
        goals: { columns: ["A", "B"] },
        "availability.timezone": { columns: ["Zone EU", "Zone US"] },
      },
    };
    const { participants } = importParticipants("Id,A,B,Zone EU,Zone US\n1,Leadership,Negotiation,,EST\n", mapping);
    expect(participants).toEqual([{ id: "1", goals: ["Leadership", "Negotiation"] }]);
    const clash = safeImportParticipants("Id,A,B,Zone EU,Zone US\n1,,,CET,EST\n", mapping);
    expect(clash.issues).toMatchObject([{ code: "invalid_value", row: 2, column: "Zone US", value: "EST" }]);
  });

  it("reads yes/no and numbers for attributes, and an empty required cell is an issue", () => {
    const mapping: ImportMapping = {
      fields: {
        id: "Id",
        "attributes.firstTime": { column: "First time?", type: "boolean" },
        "attributes.tools": { column: "Tools", type: "list" },
        "importance.availability": "Weight",
        organization: { column: "Org", required: true },
      },
    };
    const result = safeImportParticipants(
      "Id,First time?,Tools,Weight,Org\n1,Yes,Excel; SQL,2,Acme\n2,maybe,,x,\n",
      mapping,
    );
    expect(result.participants).toEqual([
      {
        id: "1",
        organization: "Acme",
        attributes: { firstTime: true, tools: ["Excel", "SQL"] },
        importance: { availability: 2 },
      },
    ]);
    expect(result.issues.map((issue) => [issue.column, issue.code])).toEqual([
      ["First time?", "invalid_value"],
      ["Weight", "invalid_type"],
      ["Org", "invalid_value"],
    ]);
  });

  it("reports a file it cannot read, and rows with the wrong number of cells", () => {
    expect(safeImportParticipants('Email\n"open\n', { fields: { id: "Email" } }).issues).toMatchObject([
      { code: "invalid_csv", path: [] },
    ]);
    const ragged = safeImportParticipants("Email,Name\na@x,Ana,extra\nb@x,Bo\n", { fields: { id: "Email" } });
    expect(ragged.issues).toMatchObject([{ code: "invalid_csv", row: 2, path: [2] }]);
    expect(ragged.participants).toEqual([{ id: "b@x" }]);
  });

  it("gives participants the model accepts, whose slots keep their meaning across zones", () => {
    const { participants } = importParticipants(
      "Email,Time zone,Free\nana@x,Central European Time,Monday 6:00 PM - 8:00 PM\nbo@x,UTC+5:30,Mon 22:30-23:30\n",
      { fields: { id: "Email", "availability.timezone": "Time zone", "availability.slots": "Free" } },
    );
    // Berlin in March is UTC+1: 18:00–20:00 is 17:00–19:00 UTC. Kolkata 22:30–23:30 is 17:00–18:00 UTC.
    const explanation = explainPair(participants[0], participants[1], {
      availability: { referenceDate: "2026-03-02" },
    });
    expect(explanation.features.availability?.detail.overlapMinutes).toBe(60);
    expect(matchPeers(participants, { availability: { referenceDate: "2026-03-02" } }).pairs).toHaveLength(1);
  });
});
