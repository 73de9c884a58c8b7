/**
 * The primal–dual loop of the blossom solver: maximum-weight matching on a general
 * graph with integer (doubled) weights, returning the matching and the dual solution
 * that proves it optimal.
 *
 * Each S-vertex's edges are scanned once per time it becomes S; tight edges act at once
 * (grow the tree, shrink a blossom, or augment), the others become events in three lazy
 * heaps keyed by the dual total `delta` at which they become tight. When no tight edge
 * is left, `delta` jumps to the earliest event: an edge S–unlabelled becomes tight
 * (grow), an edge S–S becomes tight (blossom or augment), a T-blossom's dual reaches
 * zero (expand), or — unless `maxCardinality` — the free vertices' duals reach zero
 * (stop: the matching is optimal). Augmenting dissolves only the two trees it joins.
 *
 * Complexity: O(n·m·log m) in the worst case (each of the ≤ n/2 augmentations can
 * relabel the whole graph); on typical inputs most augmentations touch small trees.
 * Memory O(n + m) plus the event heaps.
 *
 * References: Edmonds 1965, "Paths, trees, and flowers"; Galil 1986, "Efficient
 * algorithms for finding maximum matching in graphs" (the primal–dual method and its
 * four dual-step cases); Galil, Micali & Gabow 1986 and Gabow 1990 (priority queues of
 * edge slacks); Kolmogorov 2009, "Blossom V" (multiple trees, lazy duals); van Rantwijk,
 * mwmatching.py (bookkeeping and self-check).
 */
import { addBlossom, expandBlossom, findCommonBase } from "./blossoms.js";
import { augmentAndDissolve } from "./augment.js";
import { blossomDual, collectLeaves, vertexDual } from "./duals.js";
import { assignLabel } from "./labels.js";
import { createState, S, T, UNLABELLED, type BlossomState, type SolverStats } from "./state.js";
import { debugChecks, invariant } from "../debug.js";

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

/** Graph in CSR form, as the core consumes it (see state.ts for the endpoint numbering). */
export interface CoreGraph {
  readonly n: number;
  readonly endpoint: Int32Array;
  /** Doubled integer weights, one per edge. */
  readonly weight: Float64Array;
  readonly adjStart: Int32Array;
  readonly adj: Int32Array;
}

/** Runs the solver to optimality. */
export function solveBlossom(graph: CoreGraph, maxCardinality: boolean): BlossomSolution {
  const { n, weight } = graph;
  let maxWeight = 0;
  for (let k = 0; k < weight.length; k++) maxWeight = Math.max(maxWeight, weight[k] as number);
  // y(u) + y(v) = maxWeight ≥ weight[k] for every edge: a feasible start with all duals equal.
  const state = createState(n, graph.endpoint, weight, graph.adjStart, graph.adj, maxWeight / 2);
  for (let v = 0; v < n; v++) {
    state.dualRaw[v] = state.initialDual;
    assignLabel(state, v, S, -1, v);
  }
  for (;;) {
    drainQueue(state);
    if (state.freeCount === 0 || (maxCardinality && state.freeCount <= 1)) break;
    const grow = nextGrow(state);
    const even = nextEven(state);
    const expand = nextExpand(state);
    const next = Math.min(grow, even, expand);
    if (!maxCardinality && state.initialDual <= next) {
      // The free vertices' duals reach zero first: no augmentation can gain weight.
      state.delta = state.initialDual;
      break;
    }
    if (next === Infinity) break;
    invariant(next >= state.delta, () => `solveBlossom: event at ${next} is behind delta ${state.delta}`);
    state.delta = next;
    state.stats.dualSteps++;
    if (next === grow) {
      const p = state.grow.peekValue();
      state.grow.pop();
      const u = state.endpoint[p] as number;
      assignLabel(state, state.endpoint[p ^ 1] as number, T, p, state.treeOf[state.inBlossom[u] as number] as number);
    } else if (next === even) {
      const k = state.even.peekValue();
      state.even.pop();
      tightEvenEdge(state, k);
    } else {
      const b = state.expand.peekValue();
      state.expand.pop();
      expandBlossom(state, b);
    }
    if (debugChecks.enabled) checkDualFeasibility(state);
  }
  return extractSolution(state, maxCardinality);
}

/** Acts on a tight edge k between two S-vertices in different top-level blossoms. */
function tightEvenEdge(state: BlossomState, k: number): void {
  const { endpoint, inBlossom, treeOf } = state;
  const v = endpoint[2 * k] as number;
  const w = endpoint[2 * k + 1] as number;
  if (treeOf[inBlossom[v] as number] === treeOf[inBlossom[w] as number]) {
    addBlossom(state, findCommonBase(state, v, w), k);
  } else {
    augmentAndDissolve(state, k);
  }
}

/** Scans the edges of every queued S-vertex, acting on tight edges and queueing events for the rest. */
function drainQueue(state: BlossomState): void {
  const { endpoint, adjStart, adj, inBlossom, label, dualRaw, weight } = state;
  while (state.queueSize > 0) {
    const v = state.queue[--state.queueSize] as number;
    if (label[inBlossom[v] as number] !== S) continue;
    const end = adjStart[v + 1] as number;
    for (let a = adjStart[v] as number; a < end; a++) {
      const bv = inBlossom[v] as number;
      const p = adj[a] as number;
      const w = endpoint[p] as number;
      const bw = inBlossom[w] as number;
      if (bw === bv) continue;
      const lw = label[bw] as number;
      if (lw === T) continue;
      const k = p >> 1;
      if (lw === UNLABELLED) {
        // Tight when delta reaches y(v) + y(w) − weight + delta.
        const at = (dualRaw[v] as number) + (dualRaw[w] as number) - (weight[k] as number);
        invariant(at >= state.delta, () => `edge ${k} has negative slack`);
        if (at === state.delta) assignLabel(state, w, T, p ^ 1, state.treeOf[bv] as number);
        else state.grow.push(at, p ^ 1);
      } else {
        const at = ((dualRaw[v] as number) + (dualRaw[w] as number) - (weight[k] as number)) / 2;
        invariant(at >= state.delta && Number.isInteger(at), () => `edge ${k} has slack ${2 * (at - state.delta)}`);
        if (at !== state.delta) state.even.push(at, k);
        else if (state.treeOf[bw] === state.treeOf[bv]) addBlossom(state, findCommonBase(state, v, w), k);
        else {
          augmentAndDissolve(state, k);
          break;
        }
      }
    }
  }
}

/** Earliest valid `grow` event, dropping stale ones; Infinity if none. */
function nextGrow(state: BlossomState): number {
  const { grow, endpoint, inBlossom, label, dualRaw, weight } = state;
  while (grow.size > 0) {
    const p = grow.peekValue();
    const u = endpoint[p] as number;
    const w = endpoint[p ^ 1] as number;
    if (label[inBlossom[u] as number] === S && label[inBlossom[w] as number] === UNLABELLED) {
      const at = (dualRaw[u] as number) + (dualRaw[w] as number) - (weight[p >> 1] as number);
      if (at === grow.peekKey()) return at;
    }
    grow.pop();
  }
  return Infinity;
}

/** Earliest valid `even` event, dropping stale ones; Infinity if none. */
function nextEven(state: BlossomState): number {
  const { even, endpoint, inBlossom, label, dualRaw, weight } = state;
  while (even.size > 0) {
    const k = even.peekValue();
    const bu = inBlossom[endpoint[2 * k] as number] as number;
    const bw = inBlossom[endpoint[2 * k + 1] as number] as number;
    if (bu !== bw && label[bu] === S && label[bw] === S) {
      const at = ((dualRaw[endpoint[2 * k] as number] as number) + (dualRaw[endpoint[2 * k + 1] as number] as number) - (weight[k] as number)) / 2;
      if (at === even.peekKey()) return at;
    }
    even.pop();
  }
  return Infinity;
}

/** Earliest valid `expand` event, dropping stale ones; Infinity if none. */
function nextExpand(state: BlossomState): number {
  const { expand, label, parent, childs, zRaw } = state;
  while (expand.size > 0) {
    const b = expand.peekValue();
    if (childs[b] !== null && parent[b] === -1 && label[b] === T && (zRaw[b] as number) / 2 === expand.peekKey()) {
      return expand.peekKey();
    }
    expand.pop();
  }
  return Infinity;
}

/** Debug check after each dual step: no edge has negative slack, every blossom dual is ≥ 0. */
function checkDualFeasibility(state: BlossomState): void {
  const { n, endpoint, weight } = state;
  for (let k = 0; k < weight.length; k++) {
    const u = endpoint[2 * k] as number;
    const v = endpoint[2 * k + 1] as number;
    let slack = vertexDual(state, u) + vertexDual(state, v) - (weight[k] as number);
    // Add z of the blossoms containing both ends: walk up from u, marking, then from v.
    const stamp = ++state.stamp;
    for (let b = state.parent[u] as number; b !== -1; b = state.parent[b] as number) state.mark[b] = stamp;
    for (let b = state.parent[v] as number; b !== -1; b = state.parent[b] as number) {
      if (state.mark[b] === stamp) slack += blossomDual(state, b);
    }
    invariant(Number.isSafeInteger(slack) && slack >= 0, () => `edge ${k} (${u}, ${v}) has slack ${slack}`);
  }
  for (let b = n; b < 2 * n; b++) {
    if (state.childs[b] !== null) invariant(blossomDual(state, b) >= 0, () => `blossom ${b} has dual ${blossomDual(state, b)}`);
  }
}

function extractSolution(state: BlossomState, maxCardinality: boolean): BlossomSolution {
  const { n, endpoint } = state;
  const mate = new Int32Array(n);
  const vertexDuals = new Float64Array(n);
  let barrierSize = 0;
  for (let v = 0; v < n; v++) {
    const p = state.mate[v] as number;
    mate[v] = p === -1 ? -1 : (endpoint[p] as number);
    vertexDuals[v] = vertexDual(state, v);
    if (state.label[state.inBlossom[v] as number] === T) barrierSize++;
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
    for (let v = 0; v < n; v++) if (state.label[state.inBlossom[v] as number] === T) barrier[i++] = v;
  }
  return { mate, vertexDual: vertexDuals, blossoms, barrier, stats: state.stats };
}

