import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ImportMapping, safeImportParticipants } from "peermatch/import";

const MAPPING: ImportMapping = {
  fields: {
    id: "Email",
    experienceYears: "Years",
    goals: { column: "Goals", split: ", " },
    "availability.timezone": "Zone",
    "availability.slots": { column: "Free", split: ";" },
  },
};

/** Cells good and bad, as forms deliver them. */
const cellArbs = {
  Email: fc.constantFrom("", "ana@x", "bo@x", "cy@x", "dee@x", "ed@x", "fay@x"),
  Years: fc.constantFrom("", "3", "12", "seven", "99", "-1"),
  Goals: fc.constantFrom("", "Leadership", "Leadership, Negotiation", "a;b"),
  Zone: fc.constantFrom("", "UTC+2", "CST", "Mars", "Europe/Oslo", "UTC-3:30"),
  Free: fc.constantFrom("", "Mon 9-10", "Tue 9 AM - 9 AM", "Moonday 9-10", "Wed 6 PM - 8 PM; Fri 12-1pm"),
};

const rowArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.tuple(cellArbs.Email, cellArbs.Years, cellArbs.Goals, cellArbs.Zone, cellArbs.Free) },
);

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

describe("import laws", () => {
  it("no row is dropped silently: each is a participant, has an issue, or is skipped with a reason", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), (rows) => {
        const lines = rows.map((row) => (row === null ? "" : row.map(quote).join(",")));
        const text = ["Email,Years,Goals,Zone,Free", ...lines].join("\n");
        const result = safeImportParticipants(text, MAPPING, { referenceDate: "2026-03-02" });
        const withIssue = new Set(result.issues.map((issue) => issue.row));
        const skipped = new Set(result.skipped.map((entry) => entry.row));
        expect(result.participants).toHaveLength(result.rows.length);
        // Trailing empty lines are not rows of the sheet.
        let last = rows.length;
        while (last > 0 && rows[last - 1] === null) last--;
        for (let index = 0; index < last; index++) {
          const row = index + 2;
          const outcomes = [result.rows.includes(row), withIssue.has(row), skipped.has(row)].filter(Boolean);
          expect(outcomes.length, `row ${row}`).toBeGreaterThanOrEqual(1);
          expect(result.rows.includes(row) && withIssue.has(row), `row ${row}`).toBe(false);
        }
        expect(result.success).toBe(result.issues.length === 0);
        for (const issue of result.issues) expect(issue.message.startsWith("safeImportParticipants: ")).toBe(true);
      }),
    );
  });
});
