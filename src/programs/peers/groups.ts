/**
 * From a matching to the groups a programme runs: pairs, plus trios for people left
 * over when `oddHandling` is `"trio"`, and everyone else unmatched with a reason.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import type { UnmatchedReason } from "./match-result.js";

export interface Grouping {
  /** Participant indices of each pair or trio, each group sorted. */
  readonly groups: readonly (readonly number[])[];
  readonly unmatched: readonly { readonly index: number; readonly reason: UnmatchedReason }[];
}

/** Number of feasible partners of each participant. */
export function countProspects(compatibility: Compatibility): Int32Array {
  const { n, scores } = compatibility;
  const prospects = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let j = 0; j < n; j++) if (!Number.isNaN(scores[i * n + j]!)) count++;
    prospects[i] = count;
  }
  return prospects;
}

/** Trio weight: the mean of its three pair weights (NaN when any pair is infeasible). */
export function trioWeight(compatibility: Compatibility, a: number, b: number, c: number): number {
  return (compatibility.pairWeight(a, b) + compatibility.pairWeight(a, c) + compatibility.pairWeight(b, c)) / 3;
}

/**
 * Groups a matching (`mate` over participant indices). Left-over people with
 * prospects join, under `"trio"`, the pair where the trio's weight is highest (one
 * extra member per pair, the leftover with the best trio choosing first); `oddOneOut`
 * is the person set aside under `"unmatched"`.
 */
export function groupMatching(
  compatibility: Compatibility,
  mate: Int32Array,
  prospects: Int32Array,
  options: {
    readonly oddHandling: "trio" | "unmatched";
    readonly oddOneOut: number;
    readonly rank: Int32Array;
    /** Pinned groups: kept as they are (pinned trios are not in `mate`), never given a third member. */
    readonly pinned?: readonly (readonly number[])[];
  },
): Grouping {
  const groups: number[][] = [];
  const groupOf = new Int32Array(mate.length).fill(-1);
  const locked = new Uint8Array(mate.length);
  for (const group of options.pinned ?? []) for (const member of group) locked[member] = 1;
  for (let i = 0; i < mate.length; i++) {
    const j = mate[i]!;
    if (j > i) {
      groupOf[i] = groupOf[j] = groups.length;
      groups.push([i, j]);
    }
  }
  for (const group of options.pinned ?? []) if (group.length === 3) groups.push([...group]);
  const unmatched: { index: number; reason: UnmatchedReason }[] = [];
  const leftovers: number[] = [];
  for (let i = 0; i < mate.length; i++) {
    if (mate[i] !== -1 || locked[i] === 1) continue;
    if (prospects[i] === 0) unmatched.push({ index: i, reason: "no-feasible-partner" });
    else if (i === options.oddOneOut) unmatched.push({ index: i, reason: "odd-one-out" });
    else leftovers.push(i);
  }
  if (options.oddHandling === "trio") {
    const best = (i: number, taken: ReadonlySet<number>): { group: number; weight: number } => {
      let choice = { group: -1, weight: -Infinity };
      groups.forEach((group, g) => {
        const [a, b] = group;
        if (taken.has(g) || a === undefined || b === undefined) return;
        const weight = trioWeight(compatibility, a, b, i);
        if (weight > choice.weight) choice = { group: g, weight };
      });
      return choice;
    };
    const taken = new Set<number>();
    groups.forEach((group, g) => {
      if (locked[group[0]!] === 1) taken.add(g);
    });
    const pending = [...leftovers];
    while (pending.length > 0) {
      const choices = pending.map((i) => ({ i, ...best(i, taken) }));
      choices.sort((x, y) => y.weight - x.weight || options.rank[x.i]! - options.rank[y.i]!);
      const first = choices[0];
      if (first === undefined || first.group === -1) break;
      taken.add(first.group);
      groups[first.group]?.push(first.i);
      pending.splice(pending.indexOf(first.i), 1);
    }
    leftovers.length = 0;
    leftovers.push(...pending);
  }
  for (const i of leftovers) unmatched.push({ index: i, reason: "partners-taken" });
  for (const group of groups) group.sort((x, y) => x - y);
  return { groups, unmatched: unmatched.sort((x, y) => x.index - y.index) };
}
