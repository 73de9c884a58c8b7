/**
 * Brute-force oracle for circle partitions of small instances (n ≤ ~10): every
 * partition, found by taking the lowest person not yet decided and either leaving her
 * out or putting her in a circle with a subset of the later undecided people. Each
 * complete partition is judged from the definitions (sizes, pairs that may meet, the
 * shared window, together groups, rules), independently of the solvers and the checker.
 *
 * Complexity: O(number of partitions · n²).
 */
import type { CircleInstance } from "../../../src/algorithms/circles/circle-instance.js";

/** The lexicographic optimum and the largest objective of any valid partition. */
export interface CircleOptimum {
  readonly unplaced: number;
  readonly violations: number;
  readonly objective: number;
  /** The optimum's smallest circle score (for `fair`, the largest such). */
  readonly minScore: number;
  /** The largest objective over every valid partition, whatever it leaves out. */
  readonly maxObjective: number;
}

function windowRun(instance: CircleInstance, members: readonly number[]): boolean {
  const window = instance.window;
  if (window === undefined || window.minLength <= 0) return true;
  const segments = window.lengths.length;
  const words = Math.ceil(segments / 32);
  const held = (s: number) => members.every((p) => ((window.bits[p * words + (s >>> 5)]! >>> (s & 31)) & 1) === 1);
  // Walk the cycle twice so a run across the end is seen whole; a full cycle counts once.
  let run = 0;
  let total = 0;
  let all = true;
  for (let s = 0; s < segments; s++) {
    total += window.lengths[s]!;
    if (!held(s)) all = false;
  }
  if (all) return total >= window.minLength;
  for (let step = 0; step < 2 * segments; step++) {
    const s = step % segments;
    if (held(s)) {
      run += window.lengths[s]!;
      if (run >= window.minLength) return true;
    } else {
      run = 0;
    }
  }
  return false;
}

function circleOk(instance: CircleInstance, members: readonly number[]): boolean {
  const { n, weight, minSize, maxSize } = instance;
  if (members.length < minSize || members.length > maxSize) return false;
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++) if (Number.isNaN(weight[members[a]! * n + members[b]!]!)) return false;
  }
  return windowRun(instance, members);
}

function score(instance: CircleInstance, members: readonly number[]): number {
  let sum = 0;
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++) sum += instance.weight[members[a]! * instance.n + members[b]!]!;
  }
  return (2 * sum) / (members.length * (members.length - 1));
}

function violationsOf(instance: CircleInstance, circles: readonly (readonly number[])[]): number {
  let broken = 0;
  for (const label of instance.noLone ?? [])
    for (const c of circles) if (c.filter((p) => label[p]).length === 1) broken++;
  for (const rule of instance.maxShared ?? []) {
    for (const c of circles) {
      const counts = new Map<number, number>();
      for (const p of c)
        if (rule.category[p]! >= 0) counts.set(rule.category[p]!, (counts.get(rule.category[p]!) ?? 0) + 1);
      for (const k of counts.values()) broken += Math.max(0, k - rule.max);
    }
  }
  const f = instance.facilitator;
  if (f !== undefined) {
    const total = [...f].filter((x) => x).length;
    if (total > 0) {
      const per = circles.map((c) => c.filter((p) => f[p]).length);
      broken +=
        total >= circles.length ? per.filter((x) => x === 0).length : per.reduce((s, x) => s + Math.max(0, x - 1), 0);
    }
  }
  return broken;
}

function togetherOk(instance: CircleInstance, circleOf: Int32Array): boolean {
  return (instance.together ?? []).every((group) => group.every((p) => circleOf[p] === circleOf[group[0]!]));
}

/** The optimum of `instance` under `sum` or `fair`. */
export function bruteForceCircles(instance: CircleInstance, objective: "sum" | "fair" = "sum"): CircleOptimum {
  const { n } = instance;
  if (n > 12) throw new Error(`bruteForceCircles: n = ${n} is too large`);
  let best: { unplaced: number; violations: number; minScore: number; objective: number } | null = null;
  let maxObjective = 0;
  const circles: number[][] = [];
  const decided = new Uint8Array(n);
  const circleOf = new Int32Array(n).fill(-1);

  const judge = (): void => {
    if (!togetherOk(instance, circleOf)) return;
    const placed = circles.reduce((s, c) => s + c.length, 0);
    const value = circles.reduce((s, c) => s + c.length * score(instance, c), 0);
    const low = circles.length === 0 ? 0 : Math.min(...circles.map((c) => score(instance, c)));
    maxObjective = Math.max(maxObjective, value);
    const candidate = {
      unplaced: n - placed,
      violations: violationsOf(instance, circles),
      minScore: low,
      objective: value,
    };
    if (best === null || better(candidate, best, objective)) best = candidate;
  };
  const recurse = (): void => {
    let i = 0;
    while (i < n && decided[i]) i++;
    if (i === n) {
      judge();
      return;
    }
    decided[i] = 1;
    recurse(); // i left out
    const later: number[] = [];
    for (let j = i + 1; j < n; j++) if (!decided[j]) later.push(j);
    const pick = (from: number, chosen: number[]): void => {
      if (chosen.length + 1 >= instance.minSize && circleOk(instance, [i, ...chosen])) {
        const members = [i, ...chosen];
        for (const p of members) {
          decided[p] = 1;
          circleOf[p] = circles.length;
        }
        circles.push(members);
        recurse();
        circles.pop();
        for (const p of chosen) decided[p] = 0;
        for (const p of members) circleOf[p] = -1;
      }
      if (chosen.length + 1 >= instance.maxSize) return;
      for (let k = from; k < later.length; k++) pick(k + 1, [...chosen, later[k]!]);
    };
    pick(0, []);
    decided[i] = 0;
  };
  recurse();
  const found = best ?? { unplaced: n, violations: 0, minScore: 0, objective: 0 };
  return { ...found, maxObjective };
}

function better(
  a: { unplaced: number; violations: number; minScore: number; objective: number },
  b: { unplaced: number; violations: number; minScore: number; objective: number },
  objective: "sum" | "fair",
): boolean {
  if (a.unplaced !== b.unplaced) return a.unplaced < b.unplaced;
  if (a.violations !== b.violations) return a.violations < b.violations;
  if (objective === "fair" && Math.abs(a.minScore - b.minScore) > 1e-9) return a.minScore > b.minScore;
  return a.objective > b.objective + 1e-9;
}
