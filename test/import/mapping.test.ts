import { describe, expect, it } from "vitest";
import { safeImportParticipants } from "peermatch/import";
import type { ImportMapping } from "peermatch/import";

const CSV = "Email,Stage,Zone,Slots,Leadership,Leadership,Years\nana@x.example,Mid,UTC+1,Mon 9-10,Leadership,,5\n";

/** The mapping's issues as [path, code] pairs. */
function mappingIssues(mapping: ImportMapping) {
  const result = safeImportParticipants(CSV, mapping);
  expect(result.success).toBe(false);
  expect(result.participants).toEqual([]);
  return result.issues.map((issue) => [issue.path.join("."), issue.code]);
}

describe("mapping checks", () => {
  it("collects every problem of the mapping before reading any row", () => {
    expect(
      mappingIssues({
        delimiter: ",,",
        // @ts-expect-error not a clock format ("12h" is), on purpose
        clock: "12",
        duplicate: "last",
        fields: {
          id: "Email",
          languges: "Stage",
          careerStage: { column: "Stage", values: { Mid: "middle" } },
          experienceYears: { column: "Years", split: ";" },
          "availability.slots": { column: "Slots", value: "Mon 9-10" },
          "attributes.__proto__": "Stage",
        },
        timeZones: { CST: "Central" },
      }),
    ).toEqual([
      ["mapping.duplicate", "unrecognized_key"],
      ["mapping.delimiter", "invalid_value"],
      ["mapping.clock", "invalid_value"],
      ["mapping.timeZones.CST", "unknown_timezone"],
      ["mapping.fields.languges", "unrecognized_key"],
      ["mapping.fields.careerStage.values.Mid", "invalid_value"],
      ["mapping.fields.experienceYears.split", "invalid_value"],
      ["mapping.fields.availability.slots", "invalid_value"],
      ["mapping.fields.attributes.__proto__", "invalid_value"],
    ]);
    // Availability with no zone to place the times in.
    expect(mappingIssues({ fields: { id: "Email", "availability.slots": "Slots" } })).toEqual([
      ["mapping.fields", "invalid_value"],
    ]);
  });

  it("suggests the field meant, and the column meant", () => {
    const typo = safeImportParticipants(CSV, { fields: { languges: "Stage" } });
    expect(typo.issues[0]?.message).toContain('did you mean "languages"?');
    const header = safeImportParticipants(CSV, { fields: { id: "Emial" } });
    expect(header.issues[0]).toMatchObject({ code: "invalid_value", path: ["mapping", "fields", "id", "column"] });
    expect(header.issues[0]?.message).toContain('did you mean "Email"?');
  });

  it("needs an occurrence for a header that several columns share, and checks it", () => {
    const shared = safeImportParticipants(CSV, { fields: { id: "Email", goals: { columns: ["Leadership"] } } });
    expect(shared.issues.map((issue) => issue.path)).toEqual([["mapping", "fields", "goals", "columns", 0]]);
    expect(shared.issues[0]?.message).toContain("(E, F)");
    const beyond = safeImportParticipants(CSV, {
      fields: { id: "Email", goals: { columns: [{ header: "Leadership", occurrence: 3 }] } },
    });
    expect(beyond.issues[0]?.message).toContain("no occurrence 3");
    const chosen = safeImportParticipants(CSV, {
      fields: { id: "Email", goals: { columns: [{ header: "Leadership", occurrence: 1 }] } },
    });
    expect(chosen.participants).toEqual([{ id: "ana@x.example", goals: ["Leadership"] }]);
  });

  it("checks values and constants against the field they feed", () => {
    expect(
      mappingIssues({
        fields: {
          id: "Email",
          "communication.channels": { column: "Stage", values: { Mid: ["video", "carrier pigeon"] } },
          "availability.timezone": { value: "CST" },
          "availability.slots": { column: "Slots", values: { Evenings: "evenings" } },
          hoursPerMonth: { column: "Years", values: { lots: "many" } },
        },
      }),
    ).toEqual([
      ["mapping.fields.communication.channels.values.Mid", "invalid_value"],
      ["mapping.fields.availability.slots.values.Evenings", "invalid_value"],
      ["mapping.fields.hoursPerMonth.values.lots", "invalid_value"],
    ]);
    // A constant is read once, as a cell would be, and reported as the mapping's.
    const constant = safeImportParticipants(CSV, {
      fields: { id: "Email", "availability.timezone": { value: "CST" }, "availability.slots": "Slots" },
    });
    expect(constant.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["mapping.fields.availability.timezone.value", "ambiguous_timezone"],
    ]);
    const empty = safeImportParticipants(CSV, {
      fields: { id: "Email", "availability.timezone": { value: " " }, "availability.slots": "Slots" },
    });
    expect(empty.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["mapping.fields.availability.timezone.value", "invalid_value"],
    ]);
  });

  it("rejects a mapping that is not an object, and options it does not know", () => {
    // @ts-expect-error no mapping at all, on purpose
    expect(mappingIssues(null)).toEqual([["mapping", "invalid_type"]]);
    expect(mappingIssues({ fields: {} })).toEqual([["mapping.fields", "invalid_type"]]);
    // @ts-expect-error an option it does not know (seed), on purpose
    const options = safeImportParticipants(CSV, { fields: { id: "Email" } }, { referenceDate: "2026-02-30", seed: 1 });
    expect(options.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["options.seed", "unrecognized_key"],
      ["options.referenceDate", "invalid_date"],
    ]);
  });
});
