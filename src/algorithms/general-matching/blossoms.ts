/**
 * The three blossom operations of Edmonds' algorithm: shrink an odd alternating cycle
 * into a new S-blossom, expand a T-blossom whose dual reached zero (relabelling the part
 * of its cycle that stays in the tree), and rotate a blossom's matching so that a given
 * vertex becomes its base (used while augmenting).
 *
 * Complexity: each operation is O(size of the blossoms involved), plus, when expanding,
 * a rescan of the edges of the sub-blossoms that leave the tree.
 *
 * References: Edmonds 1965 (blossoms); Galil 1986, "Efficient algorithms for finding
 * maximum matching in graphs"; van Rantwijk, mwmatching.py (cycle bookkeeping).
 */
import { absorbIntoS, collectLeaves, setLabel } from "./duals.js";
import { assignLabel, labelT, linkToTree, pushGrowEvents, unlinkFromTree } from "./labels.js";
import { enqueue, S, T, UNLABELLED, type BlossomState } from "./state.js";
import { debugChecks, invariant } from "../../internal/debug.js";

/** The S-blossom one step closer to the root than S-blossom b, or -1 if b is a root. */
function parentS(state: BlossomState, b: number): number {
  const { endpoint, inBlossom, labelEnd } = state;
  const toT = labelEnd[b]!;
  if (toT === -1) return -1;
  const bt = inBlossom[endpoint[toT]!]!;
  return inBlossom[endpoint[labelEnd[bt]!]!]!;
}

/**
 * For two S-vertices v, w in the same tree, the base vertex of their nearest common
 * S-ancestor blossom. Walks up from both sides in turn, so the cost is bounded by the
 * length of the cycle found, not by the depth of the tree.
 */
export function findCommonBase(state: BlossomState, v: number, w: number): number {
  const { mark, inBlossom } = state;
  const stamp = ++state.stamp;
  let a = inBlossom[v]!;
  let c = inBlossom[w]!;
  for (;;) {
    if (a !== -1) {
      if (mark[a] === stamp) return state.base[a]!;
      mark[a] = stamp;
      a = parentS(state, a);
    }
    if (c !== -1) {
      if (mark[c] === stamp) return state.base[c]!;
      mark[c] = stamp;
      c = parentS(state, c);
    }
    if (debugChecks.enabled)
      invariant(a !== -1 || c !== -1, () => `findCommonBase: ${v} and ${w} are in different trees`);
  }
}

/**
 * Shrinks the odd cycle closed by the tight edge k between two S-blossoms of one tree,
 * whose common ancestor has base vertex `baseVertex`, into a new top-level S-blossom
 * with dual 0. Former T-vertices of the cycle become S and are queued for scanning.
 */
export function addBlossom(state: BlossomState, baseVertex: number, k: number): void {
  const { endpoint, inBlossom, labelEnd, parent } = state;
  const bb = inBlossom[baseVertex]!;
  let bv = inBlossom[endpoint[2 * k]!]!;
  let bw = inBlossom[endpoint[2 * k + 1]!]!;
  invariant(state.unusedCount > 0, () => "addBlossom: no blossom id left");
  const b = state.unused[--state.unusedCount]!;
  const path: number[] = [];
  const ends: number[] = [];
  // From the v side back to the base: each blossom's label edge leads one step rootwards.
  while (bv !== bb) {
    path.push(bv);
    ends.push(labelEnd[bv]!);
    bv = inBlossom[endpoint[labelEnd[bv]!]!]!;
  }
  path.push(bb);
  path.reverse();
  ends.reverse();
  ends.push(2 * k);
  // From the w side back to the base, recording endpoints inside each blossom.
  while (bw !== bb) {
    path.push(bw);
    ends.push(labelEnd[bw]! ^ 1);
    bw = inBlossom[endpoint[labelEnd[bw]!]!]!;
  }
  invariant(path.length % 2 === 1 && path.length >= 3, () => `addBlossom: cycle of ${path.length} blossoms`);
  const root = state.treeOf[bb]!;
  state.stats.blossomsCreated++;
  if (path.some((child) => child >= state.n)) state.stats.nestedBlossomsCreated++;
  state.base[b] = baseVertex;
  state.parent[b] = -1;
  state.childs[b] = Int32Array.from(path);
  state.endps[b] = Int32Array.from(ends);
  const outerEnd = labelEnd[bb]!;
  for (const child of path) {
    const wasT = state.label[child] === T;
    if (wasT) state.stats.relabelledTtoS++;
    unlinkFromTree(state, child);
    absorbIntoS(state, child);
    labelEnd[child] = -1;
    parent[child] = b;
    const count = collectLeaves(state, child);
    for (let i = 0; i < count; i++) {
      const x = state.leaves[i]!;
      inBlossom[x] = b;
      if (wasT) enqueue(state, x);
    }
  }
  // A new blossom has z = 0: as an S-blossom, z = zRaw + 2·delta.
  state.label[b] = S;
  state.zRaw[b] = -2 * state.delta;
  labelEnd[b] = outerEnd;
  linkToTree(state, b, root);
}

/** Index into a cycle of length `length`, for any integer i. */
function cyclic(i: number, length: number): number {
  const r = i % length;
  return r < 0 ? r + length : r;
}

/**
 * Expands top-level T-blossom b (its dual is zero) into its sub-blossoms. The even
 * alternating path through the cycle, from the child that was entered to the base
 * child, stays in the tree (labelled T, S, …, T); the other children become unlabelled
 * and get `grow` events for their edges to S-vertices.
 */
export function expandBlossom(state: BlossomState, b: number): void {
  const { endpoint, inBlossom, parent } = state;
  const children = state.childs[b]!;
  const ends = state.endps[b]!;
  const root = state.treeOf[b]!;
  const entryEnd = state.labelEnd[b]!;
  state.stats.blossomsExpanded++;
  if (children.some((child) => child >= state.n)) state.stats.nestedBlossomsExpanded++;
  unlinkFromTree(state, b);
  setLabel(state, b, UNLABELLED);
  const length = children.length;
  for (let i = 0; i < length; i++) {
    const child = children[i]!;
    parent[child] = -1;
    const count = collectLeaves(state, child);
    for (let x = 0; x < count; x++) inBlossom[state.leaves[x]!] = child;
  }
  state.childs[b] = null;
  state.endps[b] = null;
  state.labelEnd[b] = -1;
  state.zRaw[b] = 0;
  state.base[b] = -1;
  state.unused[state.unusedCount++] = b;

  const entryChild = inBlossom[endpoint[entryEnd ^ 1]!]!;
  let j = children.indexOf(entryChild);
  invariant(j >= 0, () => `expandBlossom: entry child of ${b} not found`);
  // Odd position: go forward round the cycle (its matched edge leads forward); even: backward.
  const forward = (j & 1) === 1;
  let p = entryEnd;
  while (cyclic(j, length) !== 0) {
    // Child j becomes T through p; its mate (the next child on the path) becomes S.
    assignLabel(state, endpoint[p ^ 1]!, T, p, root);
    if (forward) {
      p = ends[cyclic(j + 1, length)]!;
      j += 2;
    } else {
      p = ends[cyclic(j - 2, length)]! ^ 1;
      j -= 2;
    }
  }
  // The base child keeps its matched edge to the S-blossom outside, which is already labelled.
  labelT(state, children[0]!, p, root);
  for (let i = 0; i < length; i++) {
    const child = children[i]!;
    if (state.label[child] === UNLABELLED) pushGrowEvents(state, child);
  }
}

/**
 * Swaps matched and unmatched edges inside blossom b along the even path from vertex v
 * to the base, so that v becomes the base of b (recursively for sub-blossoms). The
 * caller sets v's own mate.
 */
export function augmentBlossom(state: BlossomState, b: number, v: number): void {
  const { endpoint, parent, mate, n } = state;
  let t = v;
  while (parent[t] !== b) t = parent[t]!;
  if (t >= n) augmentBlossom(state, t, v);
  const children = state.childs[b]!;
  const ends = state.endps[b]!;
  const length = children.length;
  const i = children.indexOf(t);
  let j = i;
  const forward = (i & 1) === 1;
  while (cyclic(j, length) !== 0) {
    let p: number;
    let first: number;
    let second: number;
    if (forward) {
      p = ends[cyclic(j + 1, length)]!;
      first = children[cyclic(j + 1, length)]!;
      second = children[cyclic(j + 2, length)]!;
      j += 2;
    } else {
      p = ends[cyclic(j - 2, length)]! ^ 1;
      first = children[cyclic(j - 1, length)]!;
      second = children[cyclic(j - 2, length)]!;
      j -= 2;
    }
    // Edge p>>1 joins `first` (endpoint p) and `second` (endpoint p^1); it becomes matched.
    if (first >= n) augmentBlossom(state, first, endpoint[p]!);
    if (second >= n) augmentBlossom(state, second, endpoint[p ^ 1]!);
    mate[endpoint[p]!] = p ^ 1;
    mate[endpoint[p ^ 1]!] = p;
  }
  // Rotate the cycle so that the child holding the new base comes first.
  const rotatedChilds = new Int32Array(length);
  const rotatedEnds = new Int32Array(length);
  for (let x = 0; x < length; x++) {
    rotatedChilds[x] = children[cyclic(i + x, length)]!;
    rotatedEnds[x] = ends[cyclic(i + x, length)]!;
  }
  state.childs[b] = rotatedChilds;
  state.endps[b] = rotatedEnds;
  state.base[b] = v;
}
