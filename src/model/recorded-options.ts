/**
 * The options a result records in `meta.options`, and how a later call reads them back.
 *
 * A result records the resolved options (every default filled in) as plain JSON. Custom
 * features are recorded as `{ name, weight }`: their score functions cannot be stored,
 * so a later call must pass them again. A later call that passes options explicitly
 * overrides the recorded ones field by field: top-level fields are replaced, and the
 * fields of the nested option objects (`weights`, `availability`, `experience`,
 * `language`) are replaced one by one, so `{ availability: { minOverlapMinutes: 90 } }`
 * keeps the recorded reference date.
 */
import { z } from "zod";
import type { MatchInputIssue } from "../errors/match-input-error.js";
import { inputIssue } from "../errors/issues.js";
import { BUILTIN_FEATURES } from "./features.js";
import type { IssueSubject } from "./issues.js";
import { fromZodIssues } from "./issues.js";
import { MatchOptionsSchema } from "./options-schema.js";
import type { MatchOptions } from "./options-schema.js";
import type { ResolvedMatchOptions } from "./types.js";

/**
 * A custom feature as a result records it: its name and weight (not its function).
 *
 * @example
 * ```ts
 * const recorded: RecordedCustomFeature = { name: "city", weight: 1 };
 * ```
 */
export interface RecordedCustomFeature {
  readonly name: string;
  readonly weight: number;
}

/**
 * The resolved options as a result records them (`meta.options`): plain JSON, weights
 * of the built-in features only, custom features as `{ name, weight }`.
 *
 * @example
 * ```ts
 * const options: RecordedOptions = matchPeers(cohort).meta.options;
 * options.solver; // "optimal"
 * ```
 */
export type RecordedOptions = Omit<ResolvedMatchOptions, "custom"> & {
  readonly custom: readonly RecordedCustomFeature[];
};

/**
 * The record of resolved options: a deep copy in plain JSON.
 *
 * @example
 * ```ts
 * recordOptions(resolveMatchOptions({ seed: "spring" }, "example")).seed; // "spring"
 * ```
 */
export function recordOptions(options: ResolvedMatchOptions): RecordedOptions {
  const weights: Record<string, number> = {};
  for (const name of BUILTIN_FEATURES) weights[name] = options.weights[name]!;
  const custom = options.custom.map(({ name, weight }) => ({ name, weight }));
  return JSON.parse(JSON.stringify({ ...options, weights, custom })) as RecordedOptions;
}

const RecordedCustomSchema = z.array(z.strictObject({ name: z.string().min(1), weight: z.number().min(0) }));

/** Recorded options read back: the options to carry over, and the custom features to ask for again. */
export interface CarriedOptions {
  /** Everything but `custom`, as match options a caller could have written. */
  readonly options: Record<string, unknown>;
  readonly custom: readonly RecordedCustomFeature[];
}

/**
 * Validates recorded options (`previous.meta.options`): every recorded field must be a
 * valid match option, and custom features `{ name, weight }`. Issues are reported
 * under `subject` (e.g. `["previous", "meta", "options"]`).
 */
export function readRecordedOptions(
  raw: unknown,
  subject: IssueSubject,
):
  | { readonly carried: CarriedOptions; readonly issues: readonly [] }
  | { readonly issues: readonly MatchInputIssue[] } {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return {
      issues: [inputIssue(subject.caller, "invalid_type", subject.prefix, `${subject.name("")} must be an object`)],
    };
  }
  const { custom, ...rest } = raw as Record<string, unknown>;
  const issues: MatchInputIssue[] = [];
  const parsedCustom = RecordedCustomSchema.safeParse(custom ?? [], { reportInput: true });
  if (!parsedCustom.success) {
    const customSubject: IssueSubject = {
      ...subject,
      prefix: [...subject.prefix, "custom"],
      name: (field) => subject.name(field === "" ? "custom" : `custom${field.startsWith("[") ? "" : "."}${field}`),
    };
    issues.push(...fromZodIssues(parsedCustom.error.issues, customSubject, RecordedCustomSchema, custom));
  }
  const parsed = MatchOptionsSchema.safeParse(rest, { reportInput: true });
  if (!parsed.success) issues.push(...fromZodIssues(parsed.error.issues, subject, MatchOptionsSchema, rest));
  if (issues.length > 0 || !parsedCustom.success) return { issues };
  return { carried: { options: rest, custom: parsedCustom.data }, issues: [] };
}

/** Option fields whose value is an object of its own fields, merged one level deep. */
const NESTED: ReadonlySet<string> = new Set(["weights", "availability", "experience", "language"]);

/**
 * The options of a later call: the carried options with the explicit ones on top, field
 * by field. A recorded custom feature that `explicit.custom` does not pass again is an
 * issue (its function cannot be stored): the caller passes it again, with weight 0 to
 * stop using it. `explicit` that is not an object is returned as it is, for the options
 * validation to report.
 *
 * @example
 * ```ts
 * const { options } = mergeCarriedOptions(
 *   { options: { seed: "spring", availability: { referenceDate: "2026-03-02" } }, custom: [] },
 *   { availability: { minOverlapMinutes: 90 } },
 *   "rematch",
 * );
 * // { seed: "spring", availability: { referenceDate: "2026-03-02", minOverlapMinutes: 90 } }
 * ```
 */
export function mergeCarriedOptions(
  carried: CarriedOptions,
  explicit: unknown,
  caller: string,
): { readonly options: unknown; readonly issues: readonly MatchInputIssue[] } {
  if (explicit !== undefined && (explicit === null || typeof explicit !== "object" || Array.isArray(explicit))) {
    return { options: explicit, issues: [] };
  }
  const given = (explicit ?? {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...carried.options };
  for (const key of Object.keys(given)) {
    const before = merged[key];
    const after = given[key];
    merged[key] = NESTED.has(key) && isPlainObject(before) && isPlainObject(after) ? { ...before, ...after } : after;
  }
  const issues: MatchInputIssue[] = [];
  const passed = Array.isArray(given.custom) ? given.custom : [];
  const passedNames = new Set(
    passed.flatMap((feature: unknown) => {
      const name = isPlainObject(feature) ? feature.name : undefined;
      return typeof name === "string" ? [name.trim()] : [];
    }),
  );
  for (const feature of carried.custom) {
    if (passedNames.has(feature.name)) continue;
    issues.push(
      inputIssue(
        caller,
        "invalid_value",
        ["options", "custom"],
        `the previous result used the custom feature ${JSON.stringify(feature.name)} (weight ${feature.weight}); pass it again in options.custom, since its score function cannot be stored (with weight 0 to stop using it)`,
      ),
    );
  }
  return { options: merged as MatchOptions, issues };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
