/**
 * Reading and relabelling the lazily stored duals of the blossom solver (see state.ts
 * for the representation), plus the leaf walk every relabelling needs.
 *
 * Complexity: `collectLeaves` and `setLabel` are O(size of the blossom tree below b).
 *
 * References: Galil 1986 (the dual step); Kolmogorov 2009, "Blossom V" (duals kept
 * relative to a running total).
 */
import { S, T, type BlossomState } from "./state.js";

/** Rate at which y(v) moves with `delta` for a vertex whose top-level blossom has this label. */
function vertexRate(label: number): number {
  return label === S ? -1 : label === T ? 1 : 0;
}

/** Rate at which z(b) moves with `delta` for a top-level blossom with this label. */
function blossomRate(label: number): number {
  return label === S ? 2 : label === T ? -2 : 0;
}

/** Writes the vertices of blossom b into `state.leaves` and returns how many there are. */
export function collectLeaves(state: BlossomState, b: number): number {
  const { n, childs, leaves, scratch } = state;
  if (b < n) {
    leaves[0] = b;
    return 1;
  }
  let count = 0;
  let top = 0;
  scratch[top++] = b;
  while (top > 0) {
    const x = scratch[--top]!;
    if (x < n) {
      leaves[count++] = x;
      continue;
    }
    const children = childs[x]!;
    for (let i = 0; i < children.length; i++) scratch[top++] = children[i]!;
  }
  return count;
}

/** The current dual y(v) of vertex v. */
export function vertexDual(state: BlossomState, v: number): number {
  return state.dualRaw[v]! + vertexRate(state.label[state.inBlossom[v]!]!) * state.delta;
}

/** The current dual z(b) of a non-trivial blossom b. */
export function blossomDual(state: BlossomState, b: number): number {
  const rate = state.parent[b] === -1 ? blossomRate(state.label[b]!) : 0;
  return state.zRaw[b]! + rate * state.delta;
}

/**
 * Gives top-level blossom b a new label, converting the stored duals of b and of all its
 * vertices so that their actual values do not change.
 */
export function setLabel(state: BlossomState, b: number, label: number): void {
  const old = state.label[b]!;
  const shift = (vertexRate(old) - vertexRate(label)) * state.delta;
  if (shift !== 0) {
    const count = collectLeaves(state, b);
    const { leaves, dualRaw } = state;
    for (let i = 0; i < count; i++) {
      const v = leaves[i]!;
      dualRaw[v] = dualRaw[v]! + shift;
    }
  }
  if (b >= state.n) state.zRaw[b] = state.zRaw[b]! + (blossomRate(old) - blossomRate(label)) * state.delta;
  state.label[b] = label;
}

/**
 * Freezes the dual of top-level blossom b as it becomes a sub-blossom: its vertices are
 * converted to the S form (the new parent is an S-blossom) and its own z stops moving.
 */
export function absorbIntoS(state: BlossomState, b: number): void {
  setLabel(state, b, S);
  if (b >= state.n) state.zRaw[b] = state.zRaw[b]! + blossomRate(S) * state.delta;
  state.label[b] = 0;
}
