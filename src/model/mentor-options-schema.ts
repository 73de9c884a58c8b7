/**
 * `MentorOptionsSchema`: the options of `matchMentors`. The scoring options are those
 * of `MatchOptionsSchema` (reused, not copied); `solver` is narrowed to the two-sided
 * solvers, `oddHandling` (a peer notion) is dropped, and the two-sided options are added:
 * `stableSide`, `pins` and `limits`. Strict: an unknown key is an issue.
 */
import * as z from "zod/mini";
import type { FeatureName } from "./types.js";
import { MatchOptionsSchema } from "./options-schema.js";
import type { MatchOptions } from "./options-schema.js";
import { idSchema, strictObject } from "./schema-parts.js";

/**
 * The participant fields a limit can group mentees by: `organization`, `industry`,
 * `careerStage`, or `attributes.<key>` for a custom attribute.
 */
const LIMIT_FIELD = /^(organization|industry|careerStage|attributes\..+)$/;

/**
 * A per-mentor limit: each mentor takes at most `max` mentees who share the mentor's own
 * value of `field` (organisation and industry compared trimmed and case-insensitively,
 * strings of `attributes` likewise, string lists sharing any entry count as the same;
 * missing on either side: not the same).
 *
 * @example
 * ```ts
 * // at most one mentee from the mentor's own organisation
 * const limit = MentorLimitSchema.parse({ field: "organization", max: 1 });
 * ```
 */
export const MentorLimitSchema = strictObject({
  field: z
    .string()
    .check(
      z.regex(LIMIT_FIELD, { message: 'must be "organization", "industry", "careerStage" or "attributes.<key>"' }),
    ),
  max: z.int().check(z.gte(0)),
});

/**
 * Options of `matchMentors`, as given by the caller: every scoring option of
 * `MatchOptionsSchema` except `oddHandling`, `topK` and `wishes`, plus the two-sided
 * ones (`pins` here are `[mentor, mentee]` pairs).
 *
 * @example
 * ```ts
 * MentorOptionsSchema.parse({
 *   solver: "optimal",
 *   pins: [["mentor-ada", "mentee-bo"]],
 *   limits: [{ field: "organization", max: 1 }],
 * });
 * ```
 */
export const MentorOptionsSchema = z.extend(
  z.omit(MatchOptionsSchema, { solver: true, oddHandling: true, topK: true, pins: true, wishes: true }),
  {
    solver: z.exactOptional(z.enum(["optimal", "fair", "stable"])),
    stableSide: z.exactOptional(z.enum(["mentees", "mentors"])),
    pins: z.exactOptional(z.array(z.tuple([idSchema(), idSchema()]))),
    limits: z.exactOptional(z.array(MentorLimitSchema)),
    lpSolver: z.exactOptional(
      z.custom<MentorLpSolver>((value) => typeof value === "function", {
        message: 'must be a function: maxWeightBMatchingLp, exported by "peermatch/algorithms/lp"',
      }),
    ),
  },
);

/**
 * The exact solver `matchMentors` uses when two `limits` overlap for one mentor (a
 * mentee shares the mentor's value of both fields): pass `maxWeightBMatchingLp` from
 * `peermatch/algorithms/lp`. It is an option rather than a static import so that
 * `matchMentors` (and the root entry) do not put the LP solver (~15 kB gzip) into every
 * browser bundle. The parameter types are those of `BipartiteGraph` and `BMatchingOptions`
 * (`peermatch/algorithms`), written out because options know no algorithm types; the
 * compiler checks that `maxWeightBMatchingLp` fits.
 *
 * @example
 * ```ts
 * // maxWeightBMatchingLp comes from the "peermatch/algorithms/lp" entry
 * const lpSolver: MentorLpSolver = maxWeightBMatchingLp;
 * matchMentors(mentors, mentees, { limits, lpSolver });
 * ```
 */
export type MentorLpSolver = (
  graph: {
    readonly residents: number;
    readonly capacity: Int32Array;
    readonly edgeHospital: Int32Array;
    readonly edgeResident: Int32Array;
    readonly edgeWeight: Float64Array;
  },
  options: {
    readonly pins: readonly (readonly [number, number])[];
    readonly groupLimits: readonly {
      readonly hospital: number;
      readonly residents: ArrayLike<number>;
      readonly max: number;
    }[];
    readonly scale: number;
  },
) => { readonly assignment: Int32Array };

/**
 * Options of `matchMentors` as a caller writes them (every field optional). Defaults:
 * solver `"optimal"`, stableSide `"mentees"`, no pins, no limits, weights
 * `MENTOR_DEFAULT_WEIGHTS`; the scoring options default as in `MatchOptions`.
 *
 * @example
 * ```ts
 * const options: MentorOptions = { solver: "stable", stableSide: "mentors", experience: { minGapYears: 3 } };
 * ```
 */
export interface MentorOptions extends Omit<MatchOptions, "solver" | "oddHandling" | "topK" | "pins" | "wishes"> {
  /**
   * `"optimal"` (most mentees placed, then the highest total score), `"fair"` (the best
   * worst assignment) or `"stable"` (no mentor and mentee prefer each other to what they got).
   *
   * @defaultValue `"optimal"`
   */
  readonly solver?: "optimal" | "fair" | "stable";
  /**
   * `solver: "stable"`: the side whose best stable outcome is chosen.
   *
   * @defaultValue `"mentees"`
   */
  readonly stableSide?: "mentees" | "mentors";
  /** `[mentorId, menteeId]` pairs that must be assigned (checked for feasibility). */
  readonly pins?: readonly (readonly [string, string])[];
  /** Per-mentor limits on mentees who share the mentor's value of a field. */
  readonly limits?: readonly MentorLimit[];
  /**
   * The LP solver for `limits` that overlap for a mentor (two limits on different fields
   * that one mentee meets both of): `maxWeightBMatchingLp` from `peermatch/algorithms/lp`.
   * Needed only then: without it such a call throws `MatchInputError` (code
   * `"invalid_value"`, path `["options", "limits"]`) saying so. Limits that never overlap
   * (a single limit, always) are solved exactly by min-cost flow without it.
   */
  readonly lpSolver?: MentorLpSolver;
}

/**
 * A per-mentor limit by mentee attribute, see {@link MentorLimitSchema}.
 *
 * @example
 * ```ts
 * const limit: MentorLimit = { field: "attributes.cohort", max: 2 };
 * ```
 */
export type MentorLimit = z.output<typeof MentorLimitSchema>;

/**
 * Program weights of `matchMentors` when the caller does not set them. The mentor's
 * strengths covering the mentee's growth areas carry a mentoring match, so
 * complementarity weighs most; shared goals and being able to meet come next.
 * Experience similarity is a peer notion and weighs 0 (the gap is a rule instead:
 * `experience.minGapYears`); its hard constraints still apply.
 *
 * @example
 * ```ts
 * matchMentors(mentors, mentees, { weights: { ...MENTOR_DEFAULT_WEIGHTS, geography: 0 } });
 * ```
 */
export const MENTOR_DEFAULT_WEIGHTS: Readonly<Record<FeatureName, number>> = Object.freeze({
  goals: 2,
  complementarity: 4,
  communication: 1,
  availability: 2,
  geography: 1,
  experience: 0,
  industry: 1,
  language: 1,
  commitment: 1,
});
