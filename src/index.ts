/**
 * peermatch: explainable, exact matching for mentoring programs.
 *
 * @module
 */
export * from "./algorithms/index.js";
export { generateCohort } from "./synthetic/generate-cohort.js";
export type { GenerateCohortOptions } from "./synthetic/generate-cohort.js";
export { ParticipantSchema, MatchOptionsSchema, DEFAULT_WEIGHTS } from "./model/index.js";
export type {
  CareerStage,
  Channel,
  CustomFeature,
  CustomScore,
  FeatureName,
  Frequency,
  MatchOptions,
  MeetingMode,
  Participant,
  ParticipantInput,
  Reciprocity,
  Slot,
  Solver,
  Weekday,
} from "./model/index.js";
export { compatibilityGraph, explainPair } from "./compatibility/graph.js";
export type { CompatibilityGraph } from "./compatibility/graph.js";
export type { PairExplanation } from "./compatibility/explanation.js";
export { matchPeers } from "./programs/match-peers.js";
export type { MatchResult, MatchedGroup, MatchStats, MatchMeta, UnmatchedParticipant, UnmatchedReason } from "./programs/match-result.js";
export { rematch } from "./programs/rematch.js";
export type { KeepPolicy, RematchChange, RematchDiff, RematchOptions, RematchResult } from "./programs/rematch-types.js";
export { rotate } from "./programs/rotate.js";
export type { RotateOptions, RotationSchedule } from "./programs/rotate.js";
export { renderReport } from "./report/render-report.js";
export type { RenderReportOptions } from "./report/render-report.js";
export { optionsJsonSchema, participantJsonSchema } from "./schema/json-schema.js";
