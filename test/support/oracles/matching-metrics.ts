/**
 * The measures of `evaluate`, computed from their definitions in docs/metrics.md on the
 * public API only: pair weights and directional scores from `explainPair`, tags and
 * organisations compared as trimmed, lower-cased strings, the Gini coefficient as a double
 * sum, blocking pairs by checking every pair. Quadratic or worse: for small cohorts.
 */
import { explainPair } from "peermatch";
import type { MatchOptions, ParticipantInput } from "peermatch";

export interface MetricsOracle {
  totalScore: number;
  meanScore: number;
  minScore: number;
  gini: number;
  blockingPairs: number;
  covered: number;
  growthTotal: number;
  cross: number;
  known: number;
  withWishes: number;
  firstChoices: number;
  anyWishes: number;
}

const norm = (text: string): string => text.trim().toLowerCase();

export function metricsByDefinition(
  people: readonly ParticipantInput[],
  groups: readonly (readonly string[])[],
  options: MatchOptions,
): MetricsOracle {
  const byId = new Map(people.map((p) => [p.id, p]));
  const explain = (a: string, b: string) => explainPair(byId.get(a)!, byId.get(b)!, options);
  const groupOf = new Map<string, readonly string[]>();
  for (const group of groups) for (const id of group) groupOf.set(id, group);

  const scores = groups.map((group) => {
    const pairs = group.flatMap((a, x) => group.slice(x + 1).map((b) => explain(a, b)));
    return pairs.every((e) => e.feasible) ? pairs.reduce((sum, e) => sum + e.weight, 0) / pairs.length : 0;
  });
  const total = scores.reduce((sum, s) => sum + s, 0);
  const mean = scores.length > 0 ? total / scores.length : 0;
  let absoluteDifferences = 0;
  for (const x of scores) for (const y of scores) absoluteDifferences += Math.abs(x - y);
  const gini = scores.length > 0 && mean > 0 ? absoluteDifferences / (2 * scores.length ** 2 * mean) : 0;

  // What person i gets from their group: s(i → partner), or its mean over a trio's two partners;
  // -Infinity when unmatched or in a group a veto rules out.
  const current = (id: string): number => {
    const group = groupOf.get(id);
    if (group === undefined) return Number.NEGATIVE_INFINITY;
    const pairs = group.flatMap((a, x) => group.slice(x + 1).map((b) => explain(a, b)));
    if (!pairs.every((e) => e.feasible)) return Number.NEGATIVE_INFINITY;
    const others = group.filter((other) => other !== id);
    return others.reduce((sum, other) => sum + explain(id, other).scores.aToB, 0) / others.length;
  };
  let blocking = 0;
  for (let x = 0; x < people.length; x++) {
    for (let y = x + 1; y < people.length; y++) {
      const a = people[x]!.id;
      const b = people[y]!.id;
      if (groupOf.has(a) && groupOf.get(a) === groupOf.get(b)) continue;
      const e = explain(a, b);
      if (e.feasible && e.scores.aToB > current(a) && e.scores.bToA > current(b)) blocking++;
    }
  }

  let covered = 0;
  let growthTotal = 0;
  for (const person of people) {
    const wants = new Set((person.growthAreas ?? []).map(norm));
    growthTotal += wants.size;
    const group = groupOf.get(person.id) ?? [];
    const offered = new Set(
      group.filter((id) => id !== person.id).flatMap((id) => (byId.get(id)?.strengths ?? []).map(norm)),
    );
    for (const tag of wants) if (offered.has(tag)) covered++;
  }

  let cross = 0;
  let known = 0;
  for (const group of groups) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        const a = byId.get(group[x]!)?.organization;
        const b = byId.get(group[y]!)?.organization;
        if (a === undefined || b === undefined) continue;
        known++;
        if (norm(a) !== norm(b)) cross++;
      }
    }
  }

  // Wishes: a person's first `wishes.max` (default 5) distinct ids other than her own.
  const max = options.wishes?.max ?? 5;
  let withWishes = 0;
  let firstChoices = 0;
  let anyWishes = 0;
  for (const person of people) {
    const list: string[] = [];
    for (const id of person.wishes ?? [])
      if (id !== person.id && !list.includes(id) && list.length < max) list.push(id);
    if (list.length === 0) continue;
    withWishes++;
    const group = groupOf.get(person.id) ?? [];
    if (group.includes(list[0]!)) firstChoices++;
    if (list.some((id) => group.includes(id))) anyWishes++;
  }

  return {
    withWishes,
    firstChoices,
    anyWishes,
    totalScore: total,
    meanScore: mean,
    minScore: scores.length > 0 ? Math.min(...scores) : 0,
    gini,
    blockingPairs: blocking,
    covered,
    growthTotal,
    cross,
    known,
  };
}
