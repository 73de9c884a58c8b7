/**
 * `peermatch/import`: questionnaire exports (CSV from Google Forms, Microsoft Forms,
 * Typeform or any spreadsheet) → participants, with a declarative JSON mapping. Every
 * problem is reported with its spreadsheet row, column, cell text and what was expected.
 * The only entry that loads csv-parse. See `docs/import.md`.
 *
 * @module
 */
export { importParticipants, safeImportParticipants } from "./import-participants.js";
export type { ImportedParticipants } from "./import-participants.js";
export { resolveTimeZone } from "./resolve-time-zone.js";
export type { ResolveTimeZoneOptions, TimeZoneResolution } from "./resolve-time-zone.js";
export type { ClockFormat } from "./clock-time.js";
export type {
  ColumnRef,
  FieldSource,
  ImportIssue,
  ImportMapping,
  ImportOptions,
  ImportResult,
  MappedValue,
  SkippedRow,
} from "./types.js";
