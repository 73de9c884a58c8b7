/**
 * The checker of circle partitions, written from the definitions in
 * `circle-instance.ts` and independently of the solvers: it reads only the instance,
 * never the units or the solvers' bookkeeping.
 *
 * Complexity: O(n + Σ s²) for circles of s people, plus O(s · S / 32) per window.
 * References: none.
 */
import type { CircleInstance } from "./circle-instance.js";
import { hasSharedWindow, windowSpace } from "./shared-window.js";

/**
 * What {@link checkCirclePartition} found.
 *
 * @example
 * ```ts
 * const check: CirclePartitionCheck = checkCirclePartition(instance, result.circle);
 * check.valid; // true
 * ```
 */
export interface CirclePartitionCheck {
  /** True when the partition breaks no hard constraint (the composition rules are soft). */
  readonly valid: boolean;
  /** Every hard constraint broken, as sentences. */
  readonly problems: readonly string[];
  /** People per circle (index = circle number), ascending. */
  readonly circles: readonly (readonly number[])[];
  /** People in circles. */
  readonly placed: number;
  /** Σ size × score over the circles. */
  readonly objective: number;
  /** The smallest circle score (0 without circles). */
  readonly minScore: number;
  /** Broken composition rules, counted as `circlePartition` counts them. */
  readonly violations: number;
  /** Each broken rule with the circles it concerns. */
  readonly broken: readonly {
    readonly rule: "noLone" | "maxShared" | "facilitators";
    readonly index: number;
    readonly circles: readonly number[];
  }[];
}

/**
 * Checks `circle` (per person: a circle number `0..k-1`, or -1 when left out; every
 * number below k must be used) against `instance`: sizes, pairs that may not meet,
 * the shared window and together groups are hard; composition rules are counted.
 *
 * @example
 * ```ts
 * const instance = { n: 4, weight: new Float64Array(16).fill(1), minSize: 2, maxSize: 2 };
 * checkCirclePartition(instance, Int32Array.of(0, 0, 1, 1)).objective; // 4
 * ```
 */
export function checkCirclePartition(instance: CircleInstance, circle: Int32Array): CirclePartitionCheck {
  const { n, weight, minSize, maxSize } = instance;
  const problems: string[] = [];
  if (circle.length !== n) problems.push(`the assignment has ${circle.length} entries for ${n} people`);
  let k = 0;
  for (let i = 0; i < Math.min(n, circle.length); i++) {
    const c = circle[i]!;
    if (!Number.isInteger(c) || c < -1) problems.push(`person ${i} has circle ${c}`);
    else k = Math.max(k, c + 1);
  }
  const circles: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < Math.min(n, circle.length); i++) if (circle[i]! >= 0) circles[circle[i]!]!.push(i);

  let objective = 0;
  let minScore = Number.POSITIVE_INFINITY;
  let placed = 0;
  const space = instance.window === undefined ? null : windowSpace(instance.window);
  circles.forEach((members, c) => {
    const s = members.length;
    placed += s;
    if (s === 0) problems.push(`circle ${c} is empty`);
    else if (s < minSize || s > maxSize) problems.push(`circle ${c} has ${s} people, outside ${minSize}–${maxSize}`);
    let sum = 0;
    for (let a = 0; a < s; a++) {
      for (let b = a + 1; b < s; b++) {
        const w = weight[members[a]! * n + members[b]!]!;
        if (Number.isNaN(w)) problems.push(`circle ${c} holds ${members[a]} and ${members[b]}, who may not meet`);
        else sum += w;
      }
    }
    if (space !== null && s > 0 && instance.window !== undefined) {
      const shared = new Uint32Array(space.words).fill(-1 >>> 0);
      for (const person of members) {
        for (let w = 0; w < space.words; w++) shared[w] = shared[w]! & instance.window.bits[person * space.words + w]!;
      }
      if (!hasSharedWindow(space, shared, 0, space.minLength))
        problems.push(`circle ${c} has no shared window of ${space.minLength}`);
    }
    if (s >= 2) {
      const score = (2 * sum) / (s * (s - 1));
      objective += s * score;
      minScore = Math.min(minScore, score);
    }
  });
  (instance.together ?? []).forEach((group, g) => {
    const circlesOfGroup = new Set(group.map((person) => circle[person]));
    if (circlesOfGroup.size > 1) problems.push(`together group ${g} is split`);
  });

  const broken: { rule: "noLone" | "maxShared" | "facilitators"; index: number; circles: number[] }[] = [];
  let violations = 0;
  (instance.noLone ?? []).forEach((label, index) => {
    const lone = circles.flatMap((members, c) => (members.filter((p) => label[p]! !== 0).length === 1 ? [c] : []));
    violations += lone.length;
    if (lone.length > 0) broken.push({ rule: "noLone", index, circles: lone });
  });
  (instance.maxShared ?? []).forEach((rule, index) => {
    const over: number[] = [];
    circles.forEach((members, c) => {
      const counts = new Map<number, number>();
      for (const p of members) {
        const value = rule.category[p]!;
        if (value >= 0) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
      let excess = 0;
      for (const count of counts.values()) excess += Math.max(0, count - rule.max);
      if (excess > 0) over.push(c);
      violations += excess;
    });
    if (over.length > 0) broken.push({ rule: "maxShared", index, circles: over });
  });
  const facilitator = instance.facilitator;
  if (facilitator !== undefined) {
    let total = 0;
    for (let i = 0; i < n; i++) total += facilitator[i]! ? 1 : 0;
    if (total > 0) {
      const counts = circles.map((members) => members.filter((p) => facilitator[p]! !== 0).length);
      const enough = total >= circles.length;
      const off = counts.flatMap((f, c) => ((enough ? f === 0 : f > 1) ? [c] : []));
      violations += enough ? off.length : counts.reduce((sum, f) => sum + Math.max(0, f - 1), 0);
      if (off.length > 0) broken.push({ rule: "facilitators", index: 0, circles: off });
    }
  }
  return {
    valid: problems.length === 0,
    problems,
    circles,
    placed,
    objective,
    minScore: circles.length === 0 ? 0 : minScore,
    violations,
    broken,
  };
}
