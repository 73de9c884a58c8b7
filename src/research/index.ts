/**
 * `peermatch/research`: measure and learn from matchings. Outcomes of past pairs, feature
 * weights fitted to them, simulated outcomes with known weights to check a fit against,
 * simulated programmes to compare matching policies over months, quality measures of a matching, and an export of pairs for notebooks.
 *
 * @module
 */
export { MatchInputError } from "../errors/match-input-error.js";
export type { MatchInputIssue, MatchInputIssueCode } from "../errors/match-input-error.js";
export { OutcomeSchema, OutcomesSchema } from "../model/outcome-schema.js";
export type { Outcome } from "../model/outcome-schema.js";
export {
  ExportPairsOptionsSchema,
  FitWeightsOptionsSchema,
  ProgrammePolicySchema,
  SimulateOutcomesOptionsSchema,
  SimulateProgrammeOptionsSchema,
} from "../model/research-options-schema.js";
export type {
  ExportPairsOptions,
  FitWeightsOptions,
  ProgrammePolicy,
  ResearchScoringOptions,
  SimulateOutcomesOptions,
  SimulateProgrammeOptions,
  TrueWeights,
} from "../model/research-options-schema.js";
export { fitWeights } from "./fit/fit-weights.js";
export type { FittedWeights, WeightsCrossValidation } from "./fit/fit-weights.js";
export type { ModelKind } from "./fit/objectives.js";
export { simulateOutcomes } from "./simulate-outcomes.js";
export { simulateProgramme } from "./programme/simulate-programme.js";
export type {
  ProgrammeGroup,
  ProgrammeMonth,
  ProgrammeRun,
  ProgrammeSimulation,
  ProgrammeSummary,
  ResolvedProgrammePolicy,
} from "./programme/programme-types.js";
export { evaluate } from "./evaluate.js";
export type { EvaluatedMatching, Evaluation } from "./evaluate.js";
export { exportPairs } from "./export-pairs.js";
