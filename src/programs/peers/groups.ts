/**
 * From a matching to the groups a programme runs: pairs, plus trios for people left
 * over when `oddHandling` is `"trio"`, and everyone else unmatched with a reason.
 *
 * Trio placement is near-linear: a leftover can only join a pair whose members are
 * both feasible partners of hers, so her options are found through her neighbours in
 * the scored graph (every feasible partner on the dense graph; her candidates on the
 * candidate graph), ranked once, and walked past the pairs other leftovers took first.
 * Complexity: O(Σ over leftovers of deg · (log deg + lookup) + L log L).
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import { degree } from "../../compatibility/scored-graph.js";
import type { UnmatchedReason } from "./match-result.js";

export interface Grouping {
  /** Participant indices of each pair or trio, each group sorted. */
  readonly groups: readonly (readonly number[])[];
  readonly unmatched: readonly { readonly index: number; readonly reason: UnmatchedReason }[];
  /** What the trios add to the total: Σ over trios of max(0, trio weight − its pair's weight). */
  readonly trioGain: number;
}

/**
 * Number of feasible partners of each participant as far as the graph knows: exact on a
 * complete graph; on a candidate graph, a person's neighbours (exact when her bound is
 * -Infinity, a lower bound otherwise).
 */
export function countProspects(compatibility: Compatibility): Int32Array {
  const { graph } = compatibility;
  return Int32Array.from({ length: compatibility.n }, (_, i) => degree(graph, i));
}

/** Trio weight: the mean of its three pair weights (NaN when any pair is infeasible). */
export function trioWeight(compatibility: Compatibility, a: number, b: number, c: number): number {
  return (compatibility.pairWeight(a, b) + compatibility.pairWeight(a, c) + compatibility.pairWeight(b, c)) / 3;
}

/**
 * Groups a matching (`mate` over participant indices). Left-over people with
 * prospects join, under `"trio"`, the pair where the trio's weight is highest (one
 * extra member per pair, the leftover with the best trio choosing first; ties: the
 * leftover first in `rank`, then the pair formed first); `oddOneOut` is the person set
 * aside under `"unmatched"`.
 */
export function groupMatching(
  compatibility: Compatibility,
  mate: Int32Array,
  prospects: Int32Array,
  options: { readonly oddHandling: "trio" | "unmatched"; readonly oddOneOut: number; readonly rank: Int32Array },
): Grouping {
  const groups: number[][] = [];
  const groupOf = new Int32Array(mate.length).fill(-1);
  for (let i = 0; i < mate.length; i++) {
    const j = mate[i]!;
    if (j > i) {
      groupOf[i] = groupOf[j] = groups.length;
      groups.push([i, j]);
    }
  }
  const unmatched: { index: number; reason: UnmatchedReason }[] = [];
  let leftovers: number[] = [];
  let trioGain = 0;
  for (let i = 0; i < mate.length; i++) {
    if (mate[i] !== -1) continue;
    if (prospects[i] === 0) unmatched.push({ index: i, reason: "no-feasible-partner" });
    else if (i === options.oddOneOut) unmatched.push({ index: i, reason: "odd-one-out" });
    else leftovers.push(i);
  }
  if (options.oddHandling === "trio" && leftovers.length > 0) {
    const placed = placeInTrios(compatibility, groups, groupOf, leftovers, options.rank);
    leftovers = placed.left;
    trioGain = placed.gain;
  }
  for (const i of leftovers) unmatched.push({ index: i, reason: "partners-taken" });
  for (const group of groups) group.sort((x, y) => x - y);
  return { groups, unmatched: unmatched.sort((x, y) => x.index - y.index), trioGain };
}

/** A leftover's trio options, best first, and how far she has walked through them. */
interface Options {
  readonly group: Int32Array;
  readonly weight: Float64Array;
  next: number;
}

/**
 * Adds leftovers to pairs as trios, the best trio first (greedy, as described on
 * `groupMatching`); returns the leftovers that found no pair and what the trios add to
 * the total. Lazy: each leftover's best untaken option waits in a heap, and is re-read
 * only when its pair was taken.
 */
function placeInTrios(
  compatibility: Compatibility,
  groups: number[][],
  groupOf: Int32Array,
  leftovers: readonly number[],
  rank: Int32Array,
): { left: number[]; gain: number } {
  const taken = new Uint8Array(groups.length);
  const options = leftovers.map((i) => trioOptions(compatibility, groups, groupOf, i));
  const heap = new OptionHeap(options, leftovers, rank);
  for (let k = 0; k < leftovers.length; k++) if (options[k]!.next < options[k]!.group.length) heap.push(k);
  const placed = new Uint8Array(leftovers.length);
  let gain = 0;
  while (heap.size > 0) {
    const k = heap.pop();
    const own = options[k]!;
    const g = own.group[own.next]!;
    if (taken[g] === 1) {
      while (own.next < own.group.length && taken[own.group[own.next]!] === 1) own.next++;
      if (own.next < own.group.length) heap.push(k);
      continue;
    }
    taken[g] = 1;
    placed[k] = 1;
    const [a, b] = groups[g]!;
    gain += Math.max(0, own.weight[own.next]! - compatibility.pairWeight(a!, b!));
    groups[g]!.push(leftovers[k]!);
  }
  return { left: leftovers.filter((_, k) => placed[k] === 0), gain };
}

/** The pairs leftover i could join (both members feasible with her), by trio weight descending, ties by pair index. */
function trioOptions(compatibility: Compatibility, groups: number[][], groupOf: Int32Array, i: number): Options {
  const { offsets, neighbour } = compatibility.graph.adjacency;
  const found = new Map<number, number>();
  for (let slot = offsets[i]!; slot < offsets[i + 1]!; slot++) {
    const g = groupOf[neighbour[slot]!]!;
    if (g < 0 || found.has(g)) continue;
    const [a, b] = groups[g]!;
    const weight = trioWeight(compatibility, a!, b!, i);
    if (!Number.isNaN(weight)) found.set(g, weight);
  }
  const order = [...found.keys()].sort((g, h) => found.get(h)! - found.get(g)! || g - h);
  return {
    group: Int32Array.from(order),
    weight: Float64Array.from(order, (g) => found.get(g)!),
    next: 0,
  };
}

/** A binary heap of leftovers by their current best option: weight descending, then rank. */
class OptionHeap {
  readonly #items: number[] = [];

  constructor(
    private readonly options: readonly Options[],
    private readonly leftovers: readonly number[],
    private readonly rank: Int32Array,
  ) {}

  get size(): number {
    return this.#items.length;
  }

  #before(x: number, y: number): boolean {
    const ox = this.options[x]!;
    const oy = this.options[y]!;
    const wx = ox.weight[ox.next]!;
    const wy = oy.weight[oy.next]!;
    if (wx !== wy) return wx > wy;
    return this.rank[this.leftovers[x]!]! < this.rank[this.leftovers[y]!]!;
  }

  push(k: number): void {
    const items = this.#items;
    let i = items.length;
    items.push(k);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#before(k, items[parent]!)) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = k;
  }

  pop(): number {
    const items = this.#items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= items.length) break;
      if (child + 1 < items.length && this.#before(items[child + 1]!, items[child]!)) child++;
      if (!this.#before(items[child]!, last)) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
