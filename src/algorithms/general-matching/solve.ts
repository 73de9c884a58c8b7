/**
 * The primal–dual loop of the blossom solver: maximum-weight matching on a general
 * graph with integer (doubled) weights, returning the matching and the dual solution
 * that proves it optimal.
 *
 * Every free vertex roots an alternating tree, and all trees grow at once. Each
 * S-vertex's edges are scanned when it becomes S: tight edges act at once (grow the
 * tree, shrink a blossom, or augment); for the others, future events go into one
 * monotone radix heap keyed by the dual total `delta` at which they happen — one
 * least-slack `grow` entry per unlabelled vertex and one least-slack `even` entry per
 * S-vertex, re-found by a rescan of that vertex when the entry goes stale. When no
 * tight edge is left, `delta` jumps to the earliest event: an edge S–unlabelled becomes
 * tight (grow), an edge S–S becomes tight (blossom or augment), a T-blossom's dual
 * reaches zero (expand), or — unless `maxCardinality` — the free vertices' duals reach
 * zero (stop: the matching is optimal). Augmenting dissolves only the two trees it
 * joins; the rest of the forest is kept.
 *
 * Complexity: O(n + m) memory. Time: each label change can cost a scan of the vertex's
 * edges, which gives a loose worst-case bound of O(n²·m); the O(n·m·log n) bound of
 * Galil–Micali–Gabow needs mergeable heaps per blossom, traded here for per-vertex
 * least-slack entries. In practice the work per augmentation is proportional to the
 * edges of the two trees it touches (see bench/: within LEMON's range on dense K_1000
 * and on k-nearest graphs with n = 20,000).
 *
 * References: Edmonds 1965, "Paths, trees, and flowers"; Galil 1986, "Efficient
 * algorithms for finding maximum matching in graphs" (the primal–dual method and its
 * four dual-step cases); Galil, Micali & Gabow 1986 and Gabow 1990 (priority queues of
 * edge slacks); Kolmogorov 2009, "Blossom V" (all trees at once, lazy duals, keeping
 * the forest); van Rantwijk, mwmatching.py (bookkeeping and self-check).
 */
import { addBlossom, expandBlossom, findCommonBase } from "./blossoms.js";
import { augmentAndDissolve } from "./augment.js";
import { blossomDual, collectLeaves, vertexDual } from "./duals.js";
import { assignLabel, rescanGrow } from "./labels.js";
import {
  createState,
  EVEN,
  GROW,
  S,
  T,
  UNLABELLED,
  type BlossomState,
  type CoreGraph,
  type SolverStats,
} from "./state.js";
import { debugChecks, invariant } from "../../internal/debug.js";

/** Largest dual total for which every value the solver stores is an exact integer (see scale.ts). */
const MAX_EXACT_DELTA = 2 ** 50;

/** The optimum found by the core, with its dual certificate (all in doubled integer units). */
export interface BlossomSolution {
  /** `mate[v]` is v's partner, or -1 if v is single. */
  readonly mate: Int32Array;
  /** y(v) for each vertex. */
  readonly vertexDual: Float64Array;
  /** Every non-trivial blossom at the end, with its vertices and its dual z ≥ 0. */
  readonly blossoms: readonly { readonly vertices: Int32Array; readonly dual: number }[];
  /**
   * With `maxCardinality`: the T-vertices of the final forest, a Tutte–Berge barrier
   * proving that no larger matching exists. Empty otherwise (and when at most one vertex
   * is single, where no barrier is needed).
   */
  readonly barrier: Int32Array;
  /** What the solver did. */
  readonly stats: Readonly<SolverStats>;
}

/** Runs the solver to optimality; returns the matching with the dual certificate that proves it. */
export function solveBlossom(graph: CoreGraph, maxCardinality: boolean): BlossomSolution {
  return extractSolution(runToOptimum(graph, maxCardinality), maxCardinality);
}

/** Runs the solver to optimality; returns only the matching (`mate[v]`, -1 if single), building no certificate. */
export function solveBlossomMate(graph: CoreGraph, maxCardinality: boolean): Int32Array {
  return extractMate(runToOptimum(graph, maxCardinality));
}

function runToOptimum(graph: CoreGraph, maxCardinality: boolean): BlossomState {
  // y(u) + y(v) = maxWeight ≥ weight[k] for every edge: a feasible start with all duals equal.
  const state = createState(graph, Math.max(0, largestWeight(graph.weight)) / 2);
  plantForest(state);
  for (;;) {
    drainQueue(state);
    if (state.freeCount === 0 || (maxCardinality && state.freeCount <= 1)) break;
    const next = nextEvent(state);
    if (!maxCardinality && state.initialDual <= next) {
      // The free vertices' duals reach zero first: no augmentation can gain weight.
      state.delta = state.initialDual;
      break;
    }
    if (next === Infinity) break;
    // Exactness limit (see scale.ts): cheap enough to check always.
    if (next > MAX_EXACT_DELTA)
      throw new Error("peermatch invariant broken: solveBlossom: the dual total left the exact integer range");
    invariant(next >= state.delta, () => `solveBlossom: event at ${next} is behind delta ${state.delta}`);
    state.delta = next;
    state.stats.dualSteps++;
    const event = state.events.peekValue();
    state.events.pop();
    const id = event >> 2;
    const kind = event & 3;
    if (kind === GROW) {
      const u = state.endpoint[id]!;
      assignLabel(state, state.endpoint[id ^ 1]!, T, id, state.treeOf[state.inBlossom[u]!]!);
    } else if (kind === EVEN) {
      const v = state.endpoint[id]!;
      tightEvenEdge(state, id >> 1);
      // v's entry is used up; if v is still an S-vertex its other edges need one again.
      if (state.label[state.inBlossom[v]!] === S) rescanEven(state, v);
    } else {
      expandBlossom(state, id);
    }
    if (debugChecks.enabled) checkDualFeasibility(state);
  }
  return state;
}

// The two passes below run once per solve: one loop per function, nothing after it (see graph.ts).

function largestWeight(weight: Float64Array): number {
  let max = -Infinity;
  for (let k = 0; k < weight.length; k++) max = Math.max(max, weight[k]!);
  return max;
}

/** Every vertex starts as a free S-vertex rooting its own tree, with y = initialDual. */
function plantForest(state: BlossomState): void {
  for (let v = 0; v < state.n; v++) {
    state.dualRaw[v] = state.initialDual;
    assignLabel(state, v, S, -1, v);
  }
}

/** Acts on a tight edge k between two S-vertices in different top-level blossoms. */
function tightEvenEdge(state: BlossomState, k: number): void {
  const { endpoint, inBlossom, treeOf } = state;
  const v = endpoint[2 * k]!;
  const w = endpoint[2 * k + 1]!;
  if (treeOf[inBlossom[v]!] === treeOf[inBlossom[w]!]) {
    addBlossom(state, findCommonBase(state, v, w), k);
  } else {
    augmentAndDissolve(state, k);
  }
}

/**
 * Scans the edges of every queued S-vertex: tight edges act at once; for the others,
 * each unlabelled neighbour gets a `grow` entry if this edge beats its best one, and the
 * vertex queues one `even` entry for its least-slack edge to another S-blossom.
 */
function drainQueue(state: BlossomState): void {
  const { adjStart, adj, adjVertex, adjWeight, inBlossom, label, dualRaw, bestGrow, treeOf, events, delta } = state;
  const checks = debugChecks.enabled;
  while (state.queueSize > 0) {
    const v = state.queue[--state.queueSize]!;
    let bv = inBlossom[v]!;
    if (label[bv] !== S) continue;
    // While v is scanned it stays an S-vertex, so its stored dual does not move (the
    // blossom it may be absorbed into is S as well); `bv` is re-read after a shrink.
    const yv = dualRaw[v]!;
    let bestAt = Infinity;
    let bestSlot = -1;
    let augmented = false;
    const end = adjStart[v + 1]!;
    for (let a = adjStart[v]!; a < end; a++) {
      const w = adjVertex[a]!;
      const bw = inBlossom[w]!;
      if (bw === bv) continue;
      const lw = label[bw]!;
      if (lw === T) continue;
      if (lw === UNLABELLED) {
        // Tight when delta reaches y(v) + y(w) − weight + delta.
        const at = yv + dualRaw[w]! - adjWeight[a]!;
        // Guarded here: building the message closure once per edge scan would cost garbage.
        if (checks) invariant(at >= delta, () => `edge ${adj[a]! >> 1} has negative slack`);
        if (at === delta) assignLabel(state, w, T, adj[a]! ^ 1, treeOf[bv]!);
        else if (at < bestGrow[w]!) {
          bestGrow[w] = at;
          events.push(at, 4 * (adj[a]! ^ 1) + GROW);
        }
      } else {
        const at = (yv + dualRaw[w]! - adjWeight[a]!) / 2;
        if (checks)
          invariant(at >= delta && Number.isInteger(at), () => `edge ${adj[a]! >> 1} has slack ${2 * (at - delta)}`);
        if (at !== delta) {
          if (at < bestAt) {
            bestAt = at;
            bestSlot = a;
          }
        } else if (treeOf[bw] === treeOf[bv]) {
          addBlossom(state, findCommonBase(state, v, w), adj[a]! >> 1);
          bv = inBlossom[v]!;
        } else {
          augmentAndDissolve(state, adj[a]! >> 1);
          augmented = true;
          break;
        }
      }
    }
    if (augmented) continue;
    state.bestEven[v] = bestAt;
    if (bestSlot !== -1) events.push(bestAt, 4 * (adj[bestSlot]! ^ 1) + EVEN);
  }
}

/**
 * For S-vertex v: queues one `even` event for its least-slack edge to an S-vertex of
 * another top-level blossom, and records its key in `bestEven[v]`.
 */
function rescanEven(state: BlossomState, v: number): void {
  const { adjStart, adj, adjVertex, adjWeight, inBlossom, label, dualRaw } = state;
  const bv = inBlossom[v]!;
  const yv = dualRaw[v]!;
  const end = adjStart[v + 1]!;
  let best = Infinity;
  let bestSlot = -1;
  for (let a = adjStart[v]!; a < end; a++) {
    const w = adjVertex[a]!;
    const bw = inBlossom[w]!;
    if (bw === bv || label[bw] !== S) continue;
    const at = (dualRaw[w]! + yv - adjWeight[a]!) / 2;
    if (at < best) {
      best = at;
      bestSlot = a;
    }
  }
  state.bestEven[v] = best;
  if (bestSlot !== -1) state.events.push(best, 4 * (adj[bestSlot]! ^ 1) + EVEN);
}

/**
 * Key of the earliest event that is still valid, leaving it on top of the heap and
 * dropping stale entries above it; Infinity if none is left. An entry is stale when
 * its kind no longer matches the labels, or its key no longer matches the duals (a
 * fresh entry was pushed when they changed).
 */
function nextEvent(state: BlossomState): number {
  const { events, endpoint, inBlossom, label, dualRaw, weight, parent, childs, zRaw } = state;
  for (;;) {
    const key = events.peekKey();
    if (key === Infinity) return key;
    const event = events.peekValue();
    const id = event >> 2;
    const kind = event & 3;
    if (kind === GROW) {
      const u = endpoint[id]!;
      const w = endpoint[id ^ 1]!;
      if (label[inBlossom[w]!] === UNLABELLED) {
        if (label[inBlossom[u]!] === S && dualRaw[u]! + dualRaw[w]! - weight[id >> 1]! === key) {
          return key;
        }
        if (key <= state.bestGrow[w]!) {
          // w's least-slack entry went stale: find its least-slack edge again.
          events.pop();
          rescanGrow(state, w);
          continue;
        }
      }
    } else if (kind === EVEN) {
      const v = endpoint[id]!;
      const w = endpoint[id ^ 1]!;
      const bv = inBlossom[v]!;
      const bw = inBlossom[w]!;
      if (label[bv] === S) {
        if (bv !== bw && label[bw] === S && (dualRaw[v]! + dualRaw[w]! - weight[id >> 1]!) / 2 === key) {
          return key;
        }
        if (key <= state.bestEven[v]!) {
          // v's least-slack entry went stale: find its least-slack edge again.
          events.pop();
          rescanEven(state, v);
          continue;
        }
      }
    } else if (childs[id] !== null && parent[id] === -1 && label[id] === T && zRaw[id]! / 2 === key) {
      return key;
    }
    events.pop();
  }
}

/** Debug check after each dual step: no edge has negative slack, every blossom dual is ≥ 0. */
function checkDualFeasibility(state: BlossomState): void {
  const { n, endpoint, weight } = state;
  for (let k = 0; k < weight.length; k++) {
    const u = endpoint[2 * k]!;
    const v = endpoint[2 * k + 1]!;
    let slack = vertexDual(state, u) + vertexDual(state, v) - weight[k]!;
    // Add z of the blossoms containing both ends: walk up from u, marking, then from v.
    const stamp = ++state.stamp;
    for (let b = state.parent[u]!; b !== -1; b = state.parent[b]!) state.mark[b] = stamp;
    for (let b = state.parent[v]!; b !== -1; b = state.parent[b]!) {
      if (state.mark[b] === stamp) slack += blossomDual(state, b);
    }
    invariant(Number.isSafeInteger(slack) && slack >= 0, () => `edge ${k} (${u}, ${v}) has slack ${slack}`);
  }
  for (let b = n; b < 2 * n; b++) {
    if (state.childs[b] !== null)
      invariant(blossomDual(state, b) >= 0, () => `blossom ${b} has dual ${blossomDual(state, b)}`);
  }
}

/** `mate[v]` as a vertex (the state keeps the remote endpoint). One loop, nothing after it. */
function extractMate(state: BlossomState): Int32Array {
  const { n, endpoint } = state;
  const mate = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const p = state.mate[v]!;
    mate[v] = p === -1 ? -1 : endpoint[p]!;
  }
  return mate;
}

function extractSolution(state: BlossomState, maxCardinality: boolean): BlossomSolution {
  const { n } = state;
  const mate = extractMate(state);
  const vertexDuals = new Float64Array(n);
  let barrierSize = 0;
  for (let v = 0; v < n; v++) {
    vertexDuals[v] = vertexDual(state, v);
    if (state.label[state.inBlossom[v]!] === T) barrierSize++;
  }
  const blossoms: { vertices: Int32Array; dual: number }[] = [];
  for (let b = n; b < 2 * n; b++) {
    if (state.childs[b] === null) continue;
    const count = collectLeaves(state, b);
    blossoms.push({ vertices: state.leaves.slice(0, count), dual: blossomDual(state, b) });
  }
  const useBarrier = maxCardinality && state.freeCount > 1;
  const barrier = new Int32Array(useBarrier ? barrierSize : 0);
  if (useBarrier) {
    let i = 0;
    for (let v = 0; v < n; v++) if (state.label[state.inBlossom[v]!] === T) barrier[i++] = v;
  }
  return { mate, vertexDual: vertexDuals, blossoms, barrier, stats: state.stats };
}
