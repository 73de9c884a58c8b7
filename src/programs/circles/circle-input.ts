/**
 * From a scored cohort and the circle rules to the domain-free `CircleInstance`: pair
 * weights (NaN for a veto or an `apart` pair), the shared weekly window, `together`
 * groups, and the composition rules as per-person labels. Contradictions found here
 * (an unknown id, a `together` pair that a veto or `apart` forbids, a group larger than
 * `size.max` or without a common hour) are `MatchInputError`s with every issue.
 *
 * Complexity: O(n² + n · b / 32) for b window segments.
 * References: none.
 */
import type { CircleInstance } from "../../algorithms/circles/circle-instance.js";
import { hasSharedWindow, windowSpace } from "../../algorithms/circles/shared-window.js";
import type { Compatibility } from "../../compatibility/compatibility.js";
import { IssueList } from "../../errors/issues.js";
import { didYouMean } from "../../errors/suggest.js";
import type { ParsedCircleRules } from "../../model/circle-options-schema.js";
import type { Participant } from "../../model/types.js";
import { summariseVetoes } from "../shared/result-helpers.js";
import type { WeeklyWindow } from "./weekly-window.js";
import { weeklyWindow } from "./weekly-window.js";

/** Default circle size. */
export const DEFAULT_CIRCLE_SIZE = { min: 4, max: 6 } as const;

/** The instance and what the result needs to describe it. */
export interface CircleInput {
  readonly instance: CircleInstance;
  /** The weekly window, or null when no one gave availability. */
  readonly window: WeeklyWindow | null;
  /** `together` groups as participant indices (merged pairs), ascending. */
  readonly groups: readonly (readonly number[])[];
  readonly minSize: number;
  readonly maxSize: number;
}

/** The value of `field` ("organization", "attributes.gender") on a participant, or undefined. */
export function fieldValue(participant: Participant, field: string): unknown {
  let value: unknown = participant;
  for (const key of field.split(".")) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function normalised(value: unknown): string {
  return typeof value === "string" ? value.trim().toLowerCase() : JSON.stringify(value);
}

/** Whether a participant's field holds `value` (a list holds it when one entry does; strings ignore case). */
export function holdsValue(participant: Participant, field: string, value: string | number | boolean): boolean {
  const held = fieldValue(participant, field);
  const wanted = normalised(value);
  if (Array.isArray(held)) return held.some((entry) => normalised(entry) === wanted);
  return held !== undefined && normalised(held) === wanted;
}

/**
 * Builds the circle instance. `caller` names the public function in messages. Throws
 * `MatchInputError` for the contradictions listed in the file header.
 */
export function buildCircleInput(compatibility: Compatibility, rules: ParsedCircleRules, caller: string): CircleInput {
  const { n, ids, participants, cohort } = compatibility;
  const issues = new IssueList(caller);
  const minSize = rules.size?.min ?? DEFAULT_CIRCLE_SIZE.min;
  const maxSize = rules.size?.max ?? Math.max(minSize, DEFAULT_CIRCLE_SIZE.max);
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => {
    indexOf.set(id, i);
  });
  const resolve = (id: string, path: (string | number)[]): number => {
    const index = indexOf.get(id);
    if (index === undefined)
      issues.add(
        "unknown_id",
        ["options", ...path],
        `${JSON.stringify(id)} is not a participant${didYouMean(id, ids)}`,
      );
    return index ?? -1;
  };

  const weight = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    weight[i * n + i] = Number.NaN;
    for (let j = i + 1; j < n; j++) {
      const w = compatibility.pairWeight(i, j);
      weight[i * n + j] = w;
      weight[j * n + i] = w;
    }
  }

  const apartKeys = new Set<number>();
  (rules.apart ?? []).forEach(([a, b], k) => {
    const i = resolve(a, ["apart", k, 0]);
    const j = resolve(b, ["apart", k, 1]);
    if (i < 0 || j < 0) return;
    if (i === j) {
      issues.add("invalid_value", ["options", "apart", k], `apart pair ${k} names ${JSON.stringify(a)} twice`);
      return;
    }
    weight[i * n + j] = Number.NaN;
    weight[j * n + i] = Number.NaN;
    apartKeys.add(Math.min(i, j) * n + Math.max(i, j));
  });

  // Together pairs merge into groups (union-find on participant indices).
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  const inGroup = new Uint8Array(n);
  // Pairs named in both together and apart, reported once.
  const reported = new Set<number>();
  (rules.together ?? []).forEach(([a, b], k) => {
    const i = resolve(a, ["together", k, 0]);
    const j = resolve(b, ["together", k, 1]);
    if (i < 0 || j < 0 || i === j) return;
    if (apartKeys.has(Math.min(i, j) * n + Math.max(i, j))) {
      reported.add(Math.min(i, j) * n + Math.max(i, j));
      issues.add(
        "invalid_value",
        ["options", "together", k],
        `${JSON.stringify(a)} and ${JSON.stringify(b)} are both together and apart`,
      );
    }
    inGroup[i] = 1;
    inGroup[j] = 1;
    parent[find(i)] = find(j);
  });
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (inGroup[i] === 0) continue;
    const root = find(i);
    const list = byRoot.get(root) ?? [];
    list.push(i);
    byRoot.set(root, list);
  }
  const groups = [...byRoot.values()].sort((x, y) => x[0]! - y[0]!);

  const window = cohort.availability.present.some((flag) => flag === 1)
    ? weeklyWindow(cohort, cohort.options.availability.minOverlapMinutes)
    : null;
  const space = window === null ? null : windowSpace(window);
  for (const group of groups) {
    const names = group.map((i) => JSON.stringify(ids[i]!)).join(", ");
    if (group.length > maxSize) {
      issues.add(
        "invalid_value",
        ["options", "together"],
        `together puts ${names} in one circle: ${group.length} people, more than size.max ${maxSize}`,
      );
    }
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const i = group[x]!;
        const j = group[y]!;
        if (!Number.isNaN(weight[i * n + j]!)) continue;
        const key = Math.min(i, j) * n + Math.max(i, j);
        if (reported.has(key)) continue;
        const why = apartKeys.has(key)
          ? "apart keeps them apart"
          : summariseVetoes([compatibility.explain(i, j).vetoes]);
        issues.add(
          "invalid_value",
          ["options", "together"],
          `together puts ${JSON.stringify(ids[i]!)} and ${JSON.stringify(ids[j]!)} in one circle, but they may not meet: ${why}`,
          ids[i]!,
        );
      }
    }
    if (window !== null && space !== null) {
      const bits = new Uint32Array(space.words).fill(-1 >>> 0);
      for (const i of group)
        for (let k = 0; k < space.words; k++) bits[k] = bits[k]! & window.bits[i * space.words + k]!;
      if (!hasSharedWindow(space, bits, 0, window.minLength)) {
        issues.add(
          "invalid_value",
          ["options", "together"],
          `together puts ${names} in one circle, but they share no weekly interval of ${window.minLength} minutes`,
        );
      }
    }
  }

  const facilitator = new Uint8Array(n);
  (rules.facilitators ?? []).forEach((id, k) => {
    const i = resolve(id, ["facilitators", k]);
    if (i >= 0) facilitator[i] = 1;
  });
  issues.throwIfAny();

  const noLone = (rules.noLoneMember ?? []).map(({ field, value }) =>
    Uint8Array.from(participants, (participant) => (holdsValue(participant, field, value) ? 1 : 0)),
  );
  const maxShared = (rules.maxShared ?? []).map(({ field, max }) => {
    const codes = new Map<string, number>();
    const category = Int32Array.from(participants, (participant) => {
      const value = fieldValue(participant, field);
      if (value === undefined || value === null) return -1;
      const key = normalised(value);
      const code = codes.get(key) ?? codes.size;
      codes.set(key, code);
      return code;
    });
    return { category, max };
  });

  const instance: CircleInstance = {
    n,
    weight,
    minSize,
    maxSize,
    ...(window === null ? {} : { window }),
    ...(groups.length > 0 ? { together: groups } : {}),
    ...(noLone.length > 0 ? { noLone } : {}),
    ...(maxShared.length > 0 ? { maxShared } : {}),
    ...((rules.facilitators ?? []).length > 0 ? { facilitator } : {}),
  };
  return { instance, window, groups, minSize, maxSize };
}
