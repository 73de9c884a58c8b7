/**
 * peermatch: explainable, exact matching for mentoring programs.
 *
 * @module
 */
export * from "./algorithms/index.js";
export { generateCohort } from "./synthetic/generate-cohort.js";
export type { GenerateCohortOptions } from "./synthetic/generate-cohort.js";
