/**
 * The three questionnaire exports shipped in examples/data/ (Google Forms, Microsoft Forms,
 * Typeform), each imported with its mapping: the whole result matches the expected file in
 * test/support/fixtures/import/ (checked by hand when written), and the tricky cells of
 * each export are asserted here one by one.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { matchPeers } from "peermatch";
import { type ImportMapping, type ImportResult, safeImportParticipants } from "peermatch/import";

const REFERENCE_DATE = "2026-03-02";

function read(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
}

function importExample(kind: string): ImportResult {
  const mapping = JSON.parse(read(`examples/data/${kind}.mapping.json`)) as ImportMapping;
  return safeImportParticipants(read(`examples/data/${kind}.csv`), mapping, { referenceDate: REFERENCE_DATE });
}

function byId(result: ImportResult, id: string) {
  return result.participants.find((person) => person.id === id);
}

describe.each(["google-forms", "microsoft-forms", "typeform"])("the %s export", (kind) => {
  it("imports as expected", () => {
    const result = importExample(kind);
    const expected = JSON.parse(read(`test/support/fixtures/import/${kind}.expected.json`));
    expect({
      rows: result.rows,
      skipped: result.skipped,
      issues: result.issues.map(({ row, column, code, value }) => ({ row, column, code, value })),
      participants: result.participants,
    }).toEqual(expected);
  });

  it("gives participants that matchPeers takes, everyone accounted for", () => {
    const { participants } = importExample(kind);
    const result = matchPeers(participants, { availability: { referenceDate: REFERENCE_DATE } });
    const placed = result.pairs.flatMap((pair) => pair.members).length + result.unmatched.length;
    expect(placed).toBe(participants.length);
  });
});

describe("Google Forms specifics", () => {
  const result = importExample("google-forms");

  it("keeps a checkbox answer with commas whole and reads grid columns as days", () => {
    expect(byId(result, "birgit.lund@fjordsoft.example")?.goals).toEqual(["Leadership", "strategy"]);
    expect(byId(result, "ilse.devries@polder.example")?.availability).toEqual({
      timezone: "Europe/Amsterdam",
      slots: [
        { day: "mon", start: "08:00", end: "09:00" },
        { day: "mon", start: "19:00", end: "21:00" },
        { day: "thu", start: "12:00", end: "13:00" },
      ],
    });
  });

  it("reads offsets, long names and cities as zones", () => {
    const zone = (id: string) => byId(result, id)?.availability?.timezone;
    expect(zone("deepa.rao@infosphere.example")).toBe("Asia/Kolkata");
    expect(zone("gustavo.pereira@cafenorte.example")).toBe("Etc/GMT+3");
    expect(zone("hana.sato@kumo.example")).toBe("Asia/Tokyo");
    expect(zone("lucia.romano@vela.example")).toBe("Europe/Rome");
  });

  it("keeps the later of two responses and reports the messy row", () => {
    expect(result.skipped).toEqual([
      { row: 2, reason: 'replaced by the later response in row 13 (same id "amara.okafor@northbank.example")' },
    ]);
    expect(byId(result, "amara.okafor@northbank.example")?.availability?.slots).toHaveLength(3);
    expect(result.issues.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
      [7, "Years of professional experience", "invalid_type"],
      [7, "What time zone are you in?", "ambiguous_timezone"],
    ]);
  });
});

describe("Microsoft Forms specifics", () => {
  const result = importExample("microsoft-forms");

  it("reads a file with a byte order mark and CRLF lines, and ';'-joined answers with a trailing ';'", () => {
    expect(read("examples/data/microsoft-forms.csv").startsWith("\uFEFFID,")).toBe(true);
    expect(byId(result, "noor.aziz@contoso-health.example")).toMatchObject({
      goals: ["leadership", "negotiation"],
      availability: { timezone: "Europe/London" },
    });
  });

  it("resolves a Windows time zone label through the mapping's timeZones", () => {
    expect(byId(result, "sofia.marin@contoso-health.example")?.availability?.timezone).toBe("Europe/Berlin");
  });

  it("reports the cells it cannot read", () => {
    expect(result.issues.map((issue) => [issue.row, issue.code, issue.value])).toEqual([
      [7, "invalid_type", "2-3"],
      [9, "invalid_slot", "Thursday 12:00–13:00;Thursdays after 4pm;"],
    ]);
  });
});

describe("Typeform specifics", () => {
  const result = importExample("typeform");

  it("collects one-column-per-choice answers, telling repeated headers apart", () => {
    expect(byId(result, "m4n8b2v6c0x4z8l2k6j0h4g8f2d6s0a4")).toMatchObject({
      goals: ["Negotiation", "Starting a business", "Fundraising"],
      strengths: ["Leadership", "Career change"],
      availability: { timezone: "Etc/GMT-8", slots: [{ day: "sat", start: "10:00", end: "12:00" }] },
    });
  });

  it("reads free-text times, day ranges and slots across midnight", () => {
    expect(byId(result, "q0w4e8r2t6y0u4i8o2p6a0s4d8f2g6h0")?.availability?.slots).toEqual([
      { day: "fri", start: "16:30", end: "18:00" },
      { day: "mon", start: "21:00", end: "01:00" },
    ]);
    expect(byId(result, "b5n1m8v3c7x2z9l4k6j0h5g3f8d1s7a2")?.availability?.slots).toHaveLength(5);
  });

  it("reports the ambiguous zone and the answer without times", () => {
    expect(result.issues.map((issue) => [issue.row, issue.code, issue.value])).toEqual([
      [8, "ambiguous_timezone", "BST"],
      [8, "invalid_slot", "Tuesday evenings"],
    ]);
  });
});
