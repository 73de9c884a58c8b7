/**
 * Programme-level brute-force oracle for `formCircles` (n ≤ 12): from the participants'
 * JSON and the public `compatibilityGraph` (pair weights and vetoes), with the shared
 * weekly window worked out here minute by minute from the slots and the IANA zones (the
 * UTC offset at 12:00 UTC on the reference date), and the composition rules read from the
 * participants' fields. Every partition into circles of the allowed sizes (or left out) is
 * judged: fewest people left out, then fewest broken rules, then the largest Σ size × score
 * (solver "optimal") or the largest worst circle score, then Σ (solver "fair").
 * No code is shared with src/programs/circles or src/algorithms/circles.
 */
import type { Participant } from "peermatch";
import { compatibilityGraph } from "peermatch";

const WEEK = 7 * 24 * 60;
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** The rules the oracle understands (a subset of the circle options). */
export interface OracleRules {
  readonly size: { readonly min: number; readonly max: number };
  readonly together?: readonly (readonly [string, string])[] | undefined;
  readonly apart?: readonly (readonly [string, string])[] | undefined;
  readonly noLoneMember?: readonly { readonly field: string; readonly value: string }[] | undefined;
  readonly maxShared?: readonly { readonly field: string; readonly max: number }[] | undefined;
  readonly facilitators?: readonly string[] | undefined;
}

/** The optimum's key figures, and the judge it used (to judge other partitions the same way). */
export interface FormCirclesOptimum {
  readonly unplaced: number;
  readonly violations: number;
  readonly objective: number;
  readonly minScore: number;
  /** Whether a circle (ids) is allowed: size, every pair may meet, a shared window. */
  readonly circleAllowed: (members: readonly string[]) => boolean;
  /** Broken composition rules of a set of circles (ids). */
  readonly violationsOf: (circles: readonly (readonly string[])[]) => number;
  /** Σ size × mean pair weight of circles (ids). */
  readonly objectiveOf: (circles: readonly (readonly string[])[]) => number;
}

/** Minutes east of UTC of `timeZone` at 12:00 UTC on `date`. */
function offsetMinutes(timeZone: string, date: string): number {
  const at = new Date(`${date}T12:00:00Z`);
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((local - at.getTime()) / 60_000);
}

/** A person's weekly availability as a minute mask of the UTC week, or null without availability. */
function weekMask(participant: Participant, date: string): Uint8Array | null {
  const availability = participant.availability;
  if (availability === undefined) return null;
  const offset = offsetMinutes(availability.timezone, date);
  const mask = new Uint8Array(WEEK);
  const minute = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  for (const slot of availability.slots) {
    const day = DAYS.indexOf(slot.day);
    const start = minute(slot.start);
    let end = minute(slot.end);
    if (end <= start) end += 24 * 60;
    for (let m = start; m < end; m++) mask[(((day * 1440 + m - offset) % WEEK) + WEEK) % WEEK] = 1;
  }
  return mask;
}

/** The value of a dotted field, lower-cased when a string. */
function fieldOf(participant: Participant, field: string): unknown {
  let value: unknown = participant;
  for (const key of field.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
  return typeof value === "string" ? value.trim().toLowerCase() : value;
}

/** The brute-force optimum of `formCircles(participants, { ...options, ...rules, solver })`. */
export function bruteForceFormCircles(
  participants: readonly Participant[],
  options: { readonly availability: { readonly referenceDate: string; readonly minOverlapMinutes?: number } },
  rules: OracleRules,
  solver: "optimal" | "fair",
): FormCirclesOptimum {
  const ids = participants.map((p) => p.id);
  const n = ids.length;
  if (n > 12) throw new Error(`bruteForceFormCircles: n = ${n} is too large`);
  const graph = compatibilityGraph(participants, options);
  const index = new Map(graph.ids.map((id, i) => [id, i]));
  const at = (id: string) => index.get(id)!;
  const weight = new Float64Array(n * n).fill(Number.NaN);
  for (const [i, j, w] of graph.edges) {
    weight[i * n + j] = w;
    weight[j * n + i] = w;
  }
  for (const [a, b] of rules.apart ?? []) {
    weight[at(a) * n + at(b)] = Number.NaN;
    weight[at(b) * n + at(a)] = Number.NaN;
  }
  const byIndex = graph.ids.map((id) => participants.find((p) => p.id === id)!);
  const masks = byIndex.map((p) => weekMask(p, options.availability.referenceDate));
  const need = options.availability.minOverlapMinutes ?? 60;

  const sharedWindow = (members: readonly number[]): boolean => {
    const withTime = members.filter((i) => masks[i] !== null);
    if (withTime.length === 0 || need <= 0) return true;
    const held = (m: number) => withTime.every((i) => masks[i]![m] === 1);
    let all = true;
    for (let m = 0; m < WEEK && all; m++) if (!held(m)) all = false;
    if (all) return true;
    let run = 0;
    for (let step = 0; step < 2 * WEEK; step++) {
      run = held(step % WEEK) ? run + 1 : 0;
      if (run >= need) return true;
    }
    return false;
  };
  const memo = new Map<number, boolean>();
  const allowed = (members: readonly number[]): boolean => {
    const key = members.reduce((bits, i) => bits | (1 << i), 0);
    const known = memo.get(key);
    if (known !== undefined) return known;
    const ok = judgeCircle(members);
    memo.set(key, ok);
    return ok;
  };
  const judgeCircle = (members: readonly number[]): boolean => {
    if (members.length < rules.size.min || members.length > rules.size.max) return false;
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++)
        if (Number.isNaN(weight[members[x]! * n + members[y]!]!)) return false;
    return sharedWindow(members);
  };
  const score = (members: readonly number[]): number => {
    let sum = 0;
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) sum += weight[members[x]! * n + members[y]!]!;
    return (2 * sum) / (members.length * (members.length - 1));
  };
  const facilitator = new Set((rules.facilitators ?? []).map(at));
  const violations = (circles: readonly (readonly number[])[]): number => {
    let broken = 0;
    for (const { field, value } of rules.noLoneMember ?? []) {
      const wanted = value.trim().toLowerCase();
      for (const c of circles) if (c.filter((i) => fieldOf(byIndex[i]!, field) === wanted).length === 1) broken++;
    }
    for (const { field, max } of rules.maxShared ?? []) {
      for (const c of circles) {
        const counts = new Map<unknown, number>();
        for (const i of c) {
          const value = fieldOf(byIndex[i]!, field);
          if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
        }
        for (const k of counts.values()) broken += Math.max(0, k - max);
      }
    }
    if (facilitator.size > 0) {
      const per = circles.map((c) => c.filter((i) => facilitator.has(i)).length);
      broken +=
        facilitator.size >= circles.length
          ? per.filter((k) => k === 0).length
          : per.reduce((sum, k) => sum + Math.max(0, k - 1), 0);
    }
    return broken;
  };
  const togetherPairs = (rules.together ?? []).map(([a, b]) => [at(a), at(b)] as const);

  interface Best {
    unplaced: number;
    violations: number;
    objective: number;
    minScore: number;
  }
  const found: { best: Best | null } = { best: null };
  const better = (x: Best, y: Best): boolean => {
    if (x.unplaced !== y.unplaced) return x.unplaced < y.unplaced;
    if (x.violations !== y.violations) return x.violations < y.violations;
    if (solver === "fair" && Math.abs(x.minScore - y.minScore) > 1e-12) return x.minScore > y.minScore;
    return x.objective > y.objective + 1e-12;
  };
  const circles: number[][] = [];
  const circleOf = new Int32Array(n).fill(-1);
  const decided = new Uint8Array(n);
  const judge = () => {
    // A together pair shares a circle, or both stay out.
    if (togetherPairs.some(([a, b]) => circleOf[a] !== circleOf[b])) return;
    const scores = circles.map(score);
    const candidate = {
      unplaced: n - circles.reduce((sum, c) => sum + c.length, 0),
      violations: violations(circles),
      objective: circles.reduce((sum, c, k) => sum + c.length * scores[k]!, 0),
      minScore: scores.length === 0 ? 0 : Math.min(...scores),
    };
    if (found.best === null || better(candidate, found.best)) found.best = candidate;
  };
  const recurse = (): void => {
    let p = 0;
    while (p < n && decided[p]) p++;
    if (p === n) {
      judge();
      return;
    }
    decided[p] = 1;
    recurse(); // p left out
    const later: number[] = [];
    for (let q = p + 1; q < n; q++) if (!decided[q] && !Number.isNaN(weight[p * n + q]!)) later.push(q);
    const chosen = [p];
    const extend = (from: number): void => {
      if (chosen.length >= rules.size.min && allowed(chosen)) {
        const k = circles.length;
        circles.push([...chosen]);
        for (const i of chosen) circleOf[i] = k;
        for (const i of chosen) decided[i] = 1;
        recurse();
        for (const i of chosen.slice(1)) decided[i] = 0;
        for (const i of chosen) circleOf[i] = -1;
        circles.pop();
      }
      if (chosen.length === rules.size.max) return;
      for (let k = from; k < later.length; k++) {
        const q = later[k]!;
        if (chosen.some((i) => Number.isNaN(weight[i * n + q]!))) continue;
        chosen.push(q);
        extend(k + 1);
        chosen.pop();
      }
    };
    extend(0);
    decided[p] = 0;
  };
  recurse();
  const best = found.best;
  if (best === null) throw new Error("bruteForceFormCircles: no partition (leaving everyone out always is one)");
  const toIndices = (members: readonly string[]) => members.map(at);
  return {
    ...best,
    circleAllowed: (members) => allowed(toIndices(members)),
    violationsOf: (list) => violations(list.map(toIndices)),
    objectiveOf: (list) => list.reduce((sum, c) => sum + c.length * score(toIndices(c)), 0),
  };
}
