/**
 * From a questionnaire export to a match: read the CSV with its mapping
 * (`peermatch/import`), list every bad cell by row and column, and match everyone whose
 * row imported cleanly.
 * Run: `npx tsx examples/from-csv.ts [export.csv mapping.json]` (defaults to the Google
 * Forms export in examples/data/; the Microsoft Forms and Typeform ones sit beside it).
 */
import { readFileSync } from "node:fs";
import { matchPeers } from "peermatch";
import { type ImportMapping, safeImportParticipants } from "peermatch/import";

const [csvFile, mappingFile] = process.argv.slice(2);
const csv = readFileSync(csvFile ?? new URL("./data/google-forms.csv", import.meta.url), "utf8");
const mapping = JSON.parse(
  readFileSync(mappingFile ?? new URL("./data/google-forms.mapping.json", import.meta.url), "utf8"),
) as ImportMapping;

// The reference date fixes the time-zone offsets, so the example prints the same every day.
const referenceDate = "2026-03-02";
const imported = safeImportParticipants(csv, mapping, { referenceDate });

for (const issue of imported.issues) console.log(issue.message.replace(/^safeImportParticipants: /, ""));
for (const skipped of imported.skipped) console.log(`Row ${skipped.row} left out: ${skipped.reason}`);
const badRows = new Set(imported.issues.map((issue) => issue.row));
console.log(`\n${imported.participants.length} rows imported; ${badRows.size} with problems to fix in the sheet.\n`);

const names = new Map(imported.participants.map((person) => [person.id, person.name ?? person.id]));
const result = matchPeers(imported.participants, { availability: { referenceDate } });
for (const pair of result.pairs) {
  const who = pair.members.map((id) => names.get(id) ?? id).join(" & ");
  console.log(`${who}  ${pair.score.toFixed(2)}  ${pair.reasons[0] ?? ""}`);
}
for (const person of result.unmatched)
  console.log(`Not matched: ${names.get(person.id) ?? person.id} — ${person.detail}`);
