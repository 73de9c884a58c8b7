/**
 * From a questionnaire export (CSV) to a match: map columns to the participant schema,
 * report rows with errors by row number, and match everyone else.
 * Run: `npx tsx examples/from-csv.ts [file.csv]` (defaults to examples/data/questionnaire.csv).
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { matchPeers, MatchInputError } from "peermatch";

type Row = Record<string, string>;

const file = process.argv[2] ?? new URL("./data/questionnaire.csv", import.meta.url);
const rows: Row[] = parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true, trim: true });

/** "a; b" → ["a", "b"]; empty cells are left out rather than sent as empty lists. */
const list = (cell: string | undefined) =>
  (cell ?? "")
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "");

/** "mon 18:00-20:00; wed 12:00-13:00" → weekly slots. */
function slots(cell: string | undefined) {
  return list(cell).map((slot) => {
    const [day = "", times = ""] = slot.split(/\s+/);
    const [start = "", end = ""] = times.split("-");
    return { day, start, end };
  });
}

function toParticipant(row: Row): Record<string, unknown> {
  return {
    id: row.id,
    name: row.name,
    careerStage: row.career_stage,
    ...(row.experience_years ? { experienceYears: Number(row.experience_years) } : {}),
    industry: row.industry,
    organization: row.organization,
    goals: list(row.goals),
    strengths: list(row.strengths),
    growthAreas: list(row.growth_areas),
    languages: list(row.languages),
    ...(row.timezone ? { availability: { timezone: row.timezone, slots: slots(row.availability) } } : {}),
    ...(row.meeting_mode ? { meetingMode: row.meeting_mode } : {}),
  };
}

const options = { availability: { referenceDate: "2026-03-02" } };
let participants = rows.map(toParticipant);

// Validate once; report every row with a problem (row 1 is the header), then match the rest.
try {
  matchPeers(participants, options);
} catch (error) {
  if (!(error instanceof MatchInputError)) throw error;
  const badRows = new Set<number>();
  for (const issue of error.issues) {
    const index = typeof issue.path[0] === "number" ? issue.path[0] : -1;
    if (index < 0) throw error; // a problem with the options, not with a row
    badRows.add(index);
    console.log(`Row ${index + 2} (${issue.participantId ?? "?"}): ${issue.message}`);
  }
  participants = participants.filter((_, index) => !badRows.has(index));
  console.log(`Skipping ${badRows.size} row(s) with errors; matching the other ${participants.length}.\n`);
}

const result = matchPeers(participants, options);
for (const pair of result.pairs)
  console.log(`${pair.members.join(" & ")}  ${pair.score.toFixed(2)}  ${pair.reasons[0] ?? ""}`);
for (const person of result.unmatched) console.log(`Not matched: ${person.id} — ${person.detail}`);
