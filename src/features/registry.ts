/**
 * The registry of built-in features, built on demand (no module-scope work). Its order
 * is the kernel's slot order: `builtinFeatures()[k].name` is slot `k` of the per-person
 * weight rows and of the pair scratch (see `src/compatibility/score-pair.ts`).
 */
import { availabilityFeature } from "./availability.js";
import { commitmentFeature } from "./commitment.js";
import { communicationFeature } from "./communication.js";
import { complementarityFeature } from "./complementarity.js";
import { experienceFeature } from "./experience.js";
import type { BuiltinFeature } from "./feature.js";
import { geographyFeature } from "./geography.js";
import { goalsFeature } from "./goals.js";
import { industryFeature } from "./industry.js";
import { languageFeature } from "./language.js";

/** Kernel slots of the built-in features (the registry's order). */
export const GOALS = 0;
export const COMPLEMENTARITY = 1;
export const COMMUNICATION = 2;
export const AVAILABILITY = 3;
export const GEOGRAPHY = 4;
export const EXPERIENCE = 5;
export const INDUSTRY = 6;
export const LANGUAGE = 7;
export const COMMITMENT = 8;
/** Number of built-in features. */
export const BUILTIN_COUNT = 9;

/** The built-in features, in kernel slot order. */
export function builtinFeatures(): readonly BuiltinFeature[] {
  return [
    goalsFeature(),
    complementarityFeature(),
    communicationFeature(),
    availabilityFeature(),
    geographyFeature(),
    experienceFeature(),
    industryFeature(),
    languageFeature(),
    commitmentFeature(),
  ];
}
