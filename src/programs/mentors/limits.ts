/**
 * Per-mentor limits by mentee attribute (`options.limits`) as the LP's group limits:
 * for each limit and each mentor, the group is the mentees who share the mentor's value
 * of the limit's field, and the mentor takes at most `max` of them.
 *
 * "Share": `organization` and `industry` by the cohort's interned values (trimmed,
 * case-insensitive); `careerStage` equal; `attributes.<key>`: strings trimmed and
 * case-insensitive, numbers and booleans equal, a string list shares any entry with the
 * other value. Missing on either side: not shared.
 * Complexity: O(limits · M · N).
 */
import type { NormalisedCohort } from "../../model/cohort.js";
import type { MentorLimit } from "../../model/mentor-options-schema.js";

/** A limit on one mentor (side index): at most `max` of `mentees` (side indices). */
export interface MentorGroup {
  readonly mentor: number;
  readonly mentees: readonly number[];
  readonly max: number;
  /** Index of the limit in `options.limits`. */
  readonly limit: number;
}

/** The groups of every limit that can bind (more members than `max`). */
export function mentorGroups(
  cohort: NormalisedCohort,
  mentors: Int32Array,
  mentees: Int32Array,
  limits: readonly MentorLimit[],
): MentorGroup[] {
  const groups: MentorGroup[] = [];
  limits.forEach((limit, l) => {
    const value = fieldReader(cohort, limit.field);
    for (let a = 0; a < mentors.length; a++) {
      const own = value(mentors[a]!);
      if (own === undefined) continue;
      const members: number[] = [];
      for (let b = 0; b < mentees.length; b++) {
        const other = value(mentees[b]!);
        if (other !== undefined && shareValue(own, other)) members.push(b);
      }
      if (members.length > limit.max) groups.push({ mentor: a, mentees: members, max: limit.max, limit: l });
    }
  });
  return groups;
}

type FieldValue = string | number | boolean | readonly string[];

/** Reads a limit field of cohort person i, normalised for comparison (undefined when missing). */
function fieldReader(cohort: NormalisedCohort, field: string): (i: number) => FieldValue | undefined {
  if (field === "organization" || field === "industry") {
    const interned = cohort[field];
    return (i) => (interned[i]! >= 0 ? interned[i]! : undefined);
  }
  if (field === "careerStage") return (i) => cohort.participants[i]!.careerStage;
  const key = field.slice("attributes.".length);
  return (i) => {
    const attributes = cohort.participants[i]!.attributes;
    if (attributes === undefined || !Object.hasOwn(attributes, key)) return undefined;
    const value = attributes[key]!;
    if (typeof value === "string") return value.trim().toLowerCase();
    if (Array.isArray(value)) return value.map((entry: string) => entry.trim().toLowerCase());
    return value;
  };
}

function shareValue(x: FieldValue, y: FieldValue): boolean {
  if (Array.isArray(x) || Array.isArray(y)) {
    const xs: readonly unknown[] = Array.isArray(x) ? x : [x];
    const ys: readonly unknown[] = Array.isArray(y) ? y : [y];
    return xs.some((entry) => ys.includes(entry));
  }
  return x === y;
}
