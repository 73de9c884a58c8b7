/**
 * The participant model: schemas, resolved options, and the normalised cohort the
 * scorers read.
 *
 * @module
 */
export { ParticipantSchema, SlotSchema } from "./participant-schema.js";
export type { ParticipantInput, ParsedParticipant } from "./participant-schema.js";
export { MatchOptionsSchema, CustomFeatureSchema } from "./options-schema.js";
export type { MatchOptions, ParsedMatchOptions, CustomScore } from "./options-schema.js";
export { BUILTIN_FEATURES, DEFAULT_WEIGHTS, isBuiltinFeature } from "./features.js";
export {
  resolveMatchOptions,
  checkMatchOptions,
  DEFAULT_MIN_OVERLAP_MINUTES,
  DEFAULT_TOLERANCE_YEARS,
} from "./resolve-options.js";
export type { OptionsCheck } from "./resolve-options.js";
export { normaliseCohort } from "./normalise-cohort.js";
export { CAREER_STAGE_YEARS, experienceYearsOf } from "./experience.js";
export { BANNED_EXCLUDED, BANNED_PAST_PARTNER } from "./banned-pairs.js";
export { MINUTES_PER_DAY, MINUTES_PER_WEEK, isCalendarDate, todayUtc } from "./clock.js";
export { isTimeZone, utcOffsetMinutes } from "./availability/time-zone.js";
export { WEEKDAYS, weeklyUtcIntervals } from "./availability/weekly-intervals.js";
export { weeklyAvailability } from "./availability/weekly-availability.js";
export { weeklyOverlapMinutes, overlapIntervals } from "./availability/overlap.js";
export { formatWeekMinute, formatWeekInterval } from "./availability/format.js";
export type { NormalisedCohort, TagFamily, WeeklyAvailability } from "./cohort.js";
export type {
  CareerStage,
  Channel,
  CustomFeature,
  FeatureName,
  Frequency,
  MeetingMode,
  Participant,
  Reciprocity,
  ResolvedMatchOptions,
  Slot,
  Solver,
  Weekday,
} from "./types.js";
export { recordOptions, readRecordedOptions, mergeCarriedOptions } from "./recorded-options.js";
export type { CarriedOptions, RecordedCustomFeature, RecordedOptions } from "./recorded-options.js";
export {
  FeedbackRuleSchema,
  HistorySchema,
  MeetingFeedbackSchema,
  PreviousResultSchema,
  RematchChangeSchema,
  RotationCalendarSchema,
} from "./lifecycle-schemas.js";
export type {
  Cadence,
  FeedbackRule,
  MeetingFeedback,
  PreviousResultData,
  RematchChangeInput,
} from "./lifecycle-schemas.js";
export { fromZodIssues, makeIssue, optionsSubject } from "./issues.js";
export type { IssueSubject } from "./issues.js";
