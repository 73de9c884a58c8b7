/**
 * The built-in feature names in scoring order, and the program's default weights.
 * Constants only: nothing here runs at import time beyond building two frozen literals.
 */
import type { FeatureName } from "./types.js";

/**
 * The built-in features in scoring order (the order of `FeatureName`). Custom features
 * follow them, in option order.
 *
 * @example
 * ```ts
 * BUILTIN_FEATURES.includes("availability"); // true
 * ```
 */
export const BUILTIN_FEATURES: readonly FeatureName[] = Object.freeze([
  "goals",
  "complementarity",
  "communication",
  "availability",
  "geography",
  "experience",
  "industry",
  "language",
  "commitment",
] as const);

/**
 * Program weights of the built-in features when the caller does not set them.
 * Shared goals and reciprocal complementarity carry a peer match, so they weigh most;
 * being able to meet at all comes next; the rest refine. A weight of 0 switches a
 * feature's score off (its hard constraints still apply).
 *
 * @example
 * ```ts
 * matchPeers(people, { weights: { ...DEFAULT_WEIGHTS, geography: 0 } });
 * ```
 */
export const DEFAULT_WEIGHTS: Readonly<Record<FeatureName, number>> = Object.freeze({
  goals: 3,
  complementarity: 3,
  communication: 1,
  availability: 2,
  geography: 1,
  experience: 1,
  industry: 1,
  language: 1,
  commitment: 1,
});

/**
 * True when `name` is one of the built-in feature names.
 *
 * @example
 * ```ts
 * isBuiltinFeature("language"); // true
 * ```
 */
export function isBuiltinFeature(name: string): name is FeatureName {
  return (BUILTIN_FEATURES as readonly string[]).includes(name);
}
