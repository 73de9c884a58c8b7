/**
 * Augmenting along a tight edge between two trees, then dissolving those two trees so
 * that their blossoms become unlabelled (the rest of the forest is kept).
 *
 * Complexity: O(length of the augmenting path + size of the blossoms on it) to augment;
 * O(size and degree sum of the two trees) to dissolve them.
 *
 * References: Edmonds 1965; Galil 1986; Kolmogorov 2009, "Blossom V" (keeping the forest
 * between augmentations).
 */
import { augmentBlossom } from "./blossoms.js";
import { setLabel } from "./duals.js";
import { pushGrowEvents } from "./labels.js";
import { UNLABELLED, type BlossomState } from "./state.js";
import { invariant } from "../../internal/debug.js";

/**
 * Flips the alternating path root(v) … v — w … root(w) through the tight edge k between
 * S-vertices v = endpoint[2k] and w = endpoint[2k+1] of different trees.
 */
function augmentMatching(state: BlossomState, k: number): void {
  const { endpoint, inBlossom, labelEnd, mate, n } = state;
  for (let side = 0; side < 2; side++) {
    let s = endpoint[2 * k + side]!;
    let p = 2 * k + 1 - side;
    for (;;) {
      const bs = inBlossom[s]!;
      if (bs >= n) augmentBlossom(state, bs, s);
      mate[s] = p;
      if (labelEnd[bs] === -1) break;
      // Step over the T-blossom that labelled bs, to the S-vertex that labelled it.
      const bt = inBlossom[endpoint[labelEnd[bs]!]!]!;
      const throughT = labelEnd[bt]!;
      s = endpoint[throughT]!;
      const j = endpoint[throughT ^ 1]!;
      if (bt >= n) augmentBlossom(state, bt, j);
      mate[j] = throughT;
      p = throughT ^ 1;
    }
  }
}

/** Unlabels every blossom of tree `root`, appending them to `state.dissolved` from `count`. */
function dissolveTree(state: BlossomState, root: number, count: number): number {
  let b = state.treeHead[root]!;
  while (b !== -1) {
    const next = state.treeNext[b]!;
    setLabel(state, b, UNLABELLED);
    state.labelEnd[b] = -1;
    state.treeOf[b] = -1;
    state.treePrev[b] = -1;
    state.treeNext[b] = -1;
    state.dissolved[count++] = b;
    b = next;
  }
  state.treeHead[root] = -1;
  return count;
}

/**
 * Augments through tight edge k (joining S-vertices of two different trees), dissolves
 * both trees and queues, for each of their vertices, a `grow` event for its least-slack
 * edge to the surviving S-vertices.
 */
export function augmentAndDissolve(state: BlossomState, k: number): void {
  const { endpoint, inBlossom, treeOf } = state;
  const rootV = treeOf[inBlossom[endpoint[2 * k]!]!]!;
  const rootW = treeOf[inBlossom[endpoint[2 * k + 1]!]!]!;
  invariant(rootV !== rootW && rootV !== -1 && rootW !== -1, () => `augment: edge ${k} does not join two trees`);
  augmentMatching(state, k);
  state.freeCount -= 2;
  state.stats.augmentations++;
  let count = dissolveTree(state, rootV, 0);
  count = dissolveTree(state, rootW, count);
  for (let i = 0; i < count; i++) pushGrowEvents(state, state.dissolved[i]!);
}
