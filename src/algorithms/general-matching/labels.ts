/**
 * Growing the alternating forest: labelling blossoms S or T, keeping each tree's list of
 * top-level blossoms, and queueing the events an unlabelled blossom may take part in.
 *
 * Complexity: `assignLabel` is O(size of the labelled blossoms); `rescanGrow` is
 * O(degree of the vertex); `pushGrowEvents` is O(degree sum of the blossom's vertices).
 *
 * References: Edmonds 1965 (alternating trees); Kolmogorov 2009, "Blossom V" (growing all
 * trees at once).
 */
import { collectLeaves, setLabel } from "./duals.js";
import { enqueue, EXPAND, GROW, S, T, UNLABELLED, type BlossomState } from "./state.js";
import { debugChecks, invariant } from "../../internal/debug.js";

/** Adds top-level blossom b to the list of tree `root`. */
export function linkToTree(state: BlossomState, b: number, root: number): void {
  const head = state.treeHead[root]!;
  state.treeOf[b] = root;
  state.treePrev[b] = -1;
  state.treeNext[b] = head;
  if (head !== -1) state.treePrev[head] = b;
  state.treeHead[root] = b;
}

/** Removes b from the list of its tree. */
export function unlinkFromTree(state: BlossomState, b: number): void {
  const root = state.treeOf[b]!;
  const prev = state.treePrev[b]!;
  const next = state.treeNext[b]!;
  if (prev === -1) state.treeHead[root] = next;
  else state.treeNext[prev] = next;
  if (next !== -1) state.treePrev[next] = prev;
  state.treeOf[b] = -1;
  state.treePrev[b] = -1;
  state.treeNext[b] = -1;
}

/**
 * Labels the unlabelled top-level blossom b as a T-blossom of tree `root`, reached
 * through endpoint p (which lies in an S-blossom of that tree), without labelling its
 * mate. Used directly only when the mate is already labelled.
 */
export function labelT(state: BlossomState, b: number, p: number, root: number): void {
  if (debugChecks.enabled) invariant(state.label[b] === UNLABELLED, () => `labelT: blossom ${b} is already labelled`);
  setLabel(state, b, T);
  state.labelEnd[b] = p;
  linkToTree(state, b, root);
  if (b >= state.n) {
    state.stats.blossomsLabelledT++;
    state.events.push(state.zRaw[b]! / 2, 4 * b + EXPAND);
  }
}

/**
 * Labels the top-level blossom containing vertex w with `label`, reached through
 * endpoint p (-1 for a root), in tree `root`. A T-blossom's mate blossom becomes S in
 * turn; an S-blossom's vertices are queued for scanning.
 */
export function assignLabel(state: BlossomState, w: number, label: number, p: number, root: number): void {
  const b = state.inBlossom[w]!;
  if (label === T) {
    labelT(state, b, p, root);
    const matchedEnd = state.mate[state.base[b]!]!;
    if (debugChecks.enabled) invariant(matchedEnd >= 0, () => `assignLabel: T-blossom ${b} has a single base`);
    assignLabel(state, state.endpoint[matchedEnd]!, S, matchedEnd ^ 1, root);
    return;
  }
  if (debugChecks.enabled)
    invariant(state.label[b] === UNLABELLED, () => `assignLabel: blossom ${b} is already labelled`);
  setLabel(state, b, S);
  state.labelEnd[b] = p;
  linkToTree(state, b, root);
  const count = collectLeaves(state, b);
  for (let i = 0; i < count; i++) enqueue(state, state.leaves[i]!);
}

/**
 * For unlabelled vertex v: queues one `grow` event, for its least-slack edge to an
 * S-vertex (keyed by the `delta` at which that edge becomes tight), and records its key
 * in `bestGrow[v]` (Infinity if v has no S-neighbour).
 */
export function rescanGrow(state: BlossomState, v: number): void {
  const { adjStart, adj, adjVertex, adjWeight, inBlossom, label, dualRaw } = state;
  const yv = dualRaw[v]!;
  const end = adjStart[v + 1]!;
  let best = Infinity;
  let bestSlot = -1;
  for (let a = adjStart[v]!; a < end; a++) {
    const w = adjVertex[a]!;
    if (label[inBlossom[w]!] !== S) continue;
    const at = dualRaw[w]! + yv - adjWeight[a]!;
    if (at < best) {
      best = at;
      bestSlot = a;
    }
  }
  state.bestGrow[v] = best;
  if (bestSlot !== -1) state.events.push(best, 4 * adj[bestSlot]! + GROW);
}

/** Queues the `grow` events of every vertex of the (now unlabelled) top-level blossom b. */
export function pushGrowEvents(state: BlossomState, b: number): void {
  const count = collectLeaves(state, b);
  for (let i = 0; i < count; i++) rescanGrow(state, state.leaves[i]!);
}
