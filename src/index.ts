/**
 * peermatch: explainable, exact matching for mentoring programs.
 *
 * @module
 */
export * from "./algorithms/index.js";
export { version } from "./version.js";
export { generateCohort } from "./synthetic/generate-cohort.js";
export type { GenerateCohortOptions } from "./synthetic/generate-cohort.js";
export {
  ParticipantSchema,
  MatchOptionsSchema,
  DEFAULT_WEIGHTS,
  parseMatchOptions,
  parseParticipants,
} from "./model/index.js";
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
export { matchPeers } from "./programs/peers/match-peers.js";
export { scoreMatching } from "./programs/peers/score-matching.js";
export type { BrokenVeto, MatchingComparison, ScoredMatching } from "./programs/peers/score-matching.js";
export { candidateGraph } from "./programs/peers/candidate-graph.js";
export { recommend, recommendFor } from "./programs/peers/recommend.js";
export type { RecommendOptions } from "./programs/peers/recommend.js";
export type {
  RecommendForResult,
  RecommendResult,
  RecommendStats,
  Shortlist,
  Suggestion,
  SuggestionSource,
} from "./programs/peers/recommend-result.js";
export { DEFAULT_SHORTLIST_SIZE, RecommendOptionsSchema } from "./model/recommend-options-schema.js";
export type { ShortlistLimits } from "./model/recommend-options-schema.js";
export type { CandidateGraph } from "./programs/peers/candidate-graph.js";
export type {
  MatchHistory,
  MatchResult,
  MatchedGroup,
  MatchStats,
  UnmatchedParticipant,
  UnmatchedReason,
} from "./programs/peers/match-result.js";
export type { MatchMeta } from "./programs/shared/meta.js";
export type {
  Cadence,
  FeedbackRule,
  MeetingFeedback,
  RecordedCustomFeature,
  RecordedOptions,
  ResolvedMatchOptions,
  ResolvedWishes,
  MatchWarning,
  UnknownIdsPolicy,
} from "./model/index.js";
export { FeedbackRuleSchema, MeetingFeedbackSchema, RematchChangeSchema } from "./model/index.js";
export { matchMentors } from "./programs/mentors/match-mentors.js";
export { MentorOptionsSchema, MentorLimitSchema, MENTOR_DEFAULT_WEIGHTS } from "./model/mentor-options-schema.js";
export type { MentorOptions, MentorLimit, MentorLpSolver } from "./model/mentor-options-schema.js";
export type {
  MentorAssignment,
  MentorMatchResult,
  MentorMatchStats,
  MentorMentee,
  MentorUnmatched,
  MentorUnmatchedReason,
} from "./programs/mentors/result.js";
export type { MentorAlgorithm } from "./programs/mentors/solvers.js";
export { rematch } from "./programs/lifecycle/rematch.js";
export type {
  InvalidatedGroup,
  KeepPolicy,
  RematchChange,
  RematchDiff,
  RematchOptions,
  RematchResult,
} from "./programs/lifecycle/rematch-types.js";
export { rotate } from "./programs/lifecycle/rotate.js";
export type {
  RotateOptions,
  RotationCalendar,
  RotationRound,
  RotationSchedule,
} from "./programs/lifecycle/rotate.js";
export { formCircles } from "./programs/circles/form-circles.js";
export type { CircleOptions, PreviousHistory } from "./programs/circles/form-circles.js";
export { rematchCircles } from "./programs/circles/rematch-circles.js";
export type {
  CircleChange,
  CircleRematchDiff,
  CircleRematchResult,
  RematchCirclesOptions,
} from "./programs/circles/rematch-circles.js";
export { rotateCircles } from "./programs/circles/rotate-circles.js";
export type { RotateCirclesOptions } from "./programs/circles/rotate-circles.js";
export type {
  Circle,
  CircleMeeting,
  CircleMeetingTime,
  CircleMeta,
  CircleRepeat,
  CircleResult,
  CircleSchedule,
  CircleStats,
  CircleUnmatched,
  CircleUnmatchedReason,
  UnmetCircleRule,
} from "./programs/circles/circle-result.js";
export { CircleOptionsSchema } from "./model/circle-options-schema.js";
export type { CircleRules } from "./model/circle-options-schema.js";
export { proposeDissolutions } from "./programs/lifecycle/feedback.js";
export type { DissolutionProposal, DissolutionProposals } from "./programs/lifecycle/feedback.js";
export { DEFAULT_LOW_SCORE, renderReport } from "./report/render-report.js";
export type { RenderReportOptions, ReportableResult } from "./report/render-report.js";
