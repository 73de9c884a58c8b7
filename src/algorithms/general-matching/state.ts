/**
 * The state of the primal–dual blossom solver, and the numbering scheme every file in
 * this folder shares. It is stated once, here (as in van Rantwijk's mwmatching and
 * networkx `max_weight_matching`, whose scheme this follows):
 *
 * - Vertices are `0..n-1`. Blossoms (odd cycles shrunk to one node) are `n..2n-1`; a
 *   single vertex is a trivial blossom, so "blossom b" may be a vertex (`b < n`).
 * - Edge `k` has two endpoints, `2k` (its `from` vertex) and `2k+1` (its `to` vertex);
 *   `endpoint[p]` is the vertex of endpoint `p`, and `p ^ 1` is the other end.
 *   Adjacency lists hold *remote* endpoints: for vertex v, each entry p has
 *   `endpoint[p]` = the neighbour and `p >> 1` = the edge.
 * - A "top-level" blossom is one not contained in another blossom.
 *
 * ## Duals, doubled, and kept lazily
 * Edge weights are integers, doubled (`weight[k] = 2·w`), so every dual value stays an
 * integer (the usual ×2 scaling: the dual step for an edge between two outer vertices
 * is half its slack, and doubling makes that half whole). With vertex duals `y` and
 * blossom duals `z`, the slack of edge k = (u, v) is
 * `y(u) + y(v) + Σ z(B) over blossoms B containing both u and v − weight[k]`.
 *
 * One dual step of size δ lowers `y` of every S-vertex by δ, raises `y` of every
 * T-vertex by δ, raises `z` of top-level S-blossoms by 2δ and lowers `z` of top-level
 * T-blossoms by 2δ. Instead of touching every vertex, the solver keeps one running total
 * `delta` of all steps and stores duals relative to it (see `dualRaw`, `zRaw`). A label
 * change converts the stored value once (`setLabel` in duals.ts).
 *
 * ## Labels and the forest
 * Every free (single) vertex roots an alternating tree. Top-level blossoms in a tree are
 * S ("outer", even distance from the root) or T ("inner", odd distance). Blossoms in no
 * tree are unlabelled; they are always matched, and their mates are unlabelled too.
 * After an augmentation only the two trees it joined are dissolved; the rest of the
 * forest survives, which is what makes many augmentations per dual phase cheap.
 *
 * Complexity: `createState` is O(n) time and memory.
 *
 * References: van Rantwijk, mwmatching.py; networkx `max_weight_matching` (numbering);
 * Kolmogorov 2009, "Blossom V" (lazy duals, forest kept across augmentations).
 */
import { RadixHeap } from "./heap.js";

export const UNLABELLED = 0;
export const S = 1;
export const T = 2;

/** Event kind: the edge from the S-vertex at endpoint id to an unlabelled vertex becomes tight. */
export const GROW = 0;
/** Event kind: the edge at endpoint id (whose vertex queued it) between two S-vertices becomes tight. */
export const EVEN = 1;
/** Event kind: the dual of T-blossom id reaches zero. */
export const EXPAND = 2;

/** How often each step of the solver happened in one run. */
export interface SolverStats {
  /** Events taken from the event heap (each moves `delta` to the event, possibly by zero). */
  dualSteps: number;
  /** Augmentations (the matching grew by one pair). */
  augmentations: number;
  /** Blossoms shrunk. */
  blossomsCreated: number;
  /** Blossoms shrunk with another non-trivial blossom inside. */
  nestedBlossomsCreated: number;
  /** Non-trivial blossoms labelled T. */
  blossomsLabelledT: number;
  /** T-blossoms expanded. */
  blossomsExpanded: number;
  /** T-blossoms expanded that had a non-trivial sub-blossom. */
  nestedBlossomsExpanded: number;
  /** Former T-blossoms relabelled S by becoming part of a new blossom. */
  relabelledTtoS: number;
}

/** Graph in CSR form, as the core consumes it (built by `buildCoreGraph` in graph.ts). */
export interface CoreGraph {
  /** Number of vertices. */
  readonly n: number;
  /** `endpoint[p]` is the vertex at endpoint p (length 2m). */
  readonly endpoint: Int32Array;
  /** `weight[k]` is twice the (integer-scaled) weight of edge k. */
  readonly weight: Float64Array;
  /**
   * CSR adjacency: the slots of vertex v are `adjStart[v]..adjStart[v+1]-1`; slot a holds
   * the remote endpoint `adj[a]`, and, copied for scans that read memory in order, its
   * vertex `adjVertex[a]` (= `endpoint[adj[a]]`) and the edge's `adjWeight[a]`
   * (= `weight[adj[a] >> 1]`).
   */
  readonly adjStart: Int32Array;
  readonly adj: Int32Array;
  readonly adjVertex: Int32Array;
  readonly adjWeight: Float64Array;
}

export interface BlossomState extends CoreGraph {
  /** `mate[v]` is the remote endpoint of v's matched edge (so `endpoint[mate[v]]` is its partner), or -1 if v is single. */
  readonly mate: Int32Array;
  /** `inBlossom[v]` is the top-level blossom containing vertex v (v itself if it is in no blossom). */
  readonly inBlossom: Int32Array;
  /** `parent[b]` is the blossom directly containing b, or -1 if b is top-level. */
  readonly parent: Int32Array;
  /** `base[b]` is the base vertex of blossom b (the one vertex whose mate is outside b, or that is single). */
  readonly base: Int32Array;
  /**
   * For a non-trivial blossom b in use: `childs[b]` lists its sub-blossoms in cycle
   * order starting with the one holding the base; otherwise null.
   */
  readonly childs: (Int32Array | null)[];
  /**
   * `endps[b][i]` is the endpoint, inside `childs[b][i]`, of the edge joining
   * `childs[b][i]` and `childs[b][i+1]` (cyclically). Cycle edges with odd i are matched.
   */
  readonly endps: (Int32Array | null)[];
  /** If b is a top-level blossom, `label[b]` is UNLABELLED, S or T; for a sub-blossom it is UNLABELLED. */
  readonly label: Uint8Array;
  /**
   * If b is a top-level labelled blossom, `labelEnd[b]` is the endpoint, in the
   * blossom that labelled it (its parent in the tree), of the edge through which b was
   * labelled; -1 for a tree root and for unlabelled blossoms.
   */
  readonly labelEnd: Int32Array;
  /** If b is a top-level labelled blossom, `treeOf[b]` is the root vertex (free vertex) of its tree; else -1. */
  readonly treeOf: Int32Array;
  /** Doubly linked list of the top-level blossoms in each tree: `treeHead[root]`, `treeNext[b]`, `treePrev[b]` (-1 ends). */
  readonly treeHead: Int32Array;
  readonly treeNext: Int32Array;
  readonly treePrev: Int32Array;
  /**
   * Vertex duals, relative to `delta`: if v's top-level blossom is S, y(v) = dualRaw[v] − delta;
   * if T, y(v) = dualRaw[v] + delta; if unlabelled, y(v) = dualRaw[v].
   */
  readonly dualRaw: Float64Array;
  /**
   * Blossom duals (b ≥ n): if b is a top-level S-blossom, z(b) = zRaw[b] + 2·delta; if a
   * top-level T-blossom, z(b) = zRaw[b] − 2·delta; otherwise z(b) = zRaw[b].
   */
  readonly zRaw: Float64Array;
  /** Sum of all dual steps taken so far (doubled units). */
  delta: number;
  /** Vertex dual every free vertex had at the start; free vertices have y = initialDual − delta. */
  readonly initialDual: number;
  /**
   * If v's top-level blossom is unlabelled, `bestGrow[v]` is the smallest key of the
   * `GROW` entries queued for v since it became unlabelled. While v stays unlabelled,
   * every S-neighbour u either has its own entry for edge uv, or its edge's key is
   * ≥ bestGrow[v]; when the entry with that key turns out stale, v's edges are scanned
   * again (see `rescanGrow`). This keeps one entry per vertex instead of one per edge.
   */
  readonly bestGrow: Float64Array;
  /**
   * If v's top-level blossom is S, `bestEven[v]` is the key of the `EVEN` entry v queued
   * for its least-slack edge to an S-vertex of another blossom, as of v's last scan.
   * Every edge between two S-vertices of different blossoms is covered by the entry of
   * whichever end was scanned later; when v's entry is used or turns out stale while v
   * is still S, v's edges are scanned again (`rescanEven`).
   */
  readonly bestEven: Float64Array;
  /** Number of free vertices (= number of trees). */
  freeCount: number;
  /** Counts of what the solver did, for tests (which blossom events happened) and benchmarks. */
  readonly stats: SolverStats;

  /** S-vertices waiting to have their edges scanned (a stack; entries may be stale). */
  queue: Int32Array;
  queueSize: number;
  /**
   * Future events, keyed by the value of `delta` at which they happen, with value
   * `4·id + kind` (see `GROW`, `EVEN`, `EXPAND`). Stale entries are dropped on sight.
   */
  readonly events: RadixHeap;

  /** Ids in `n..2n-1` not currently used by a blossom (a stack of `unusedCount` entries). */
  readonly unused: Int32Array;
  unusedCount: number;
  /** Scratch: visit marks (compared with `stamp`), the leaf buffer and DFS stack of `collectLeaves`, and the list of dissolved blossoms. */
  readonly mark: Int32Array;
  stamp: number;
  readonly leaves: Int32Array;
  readonly scratch: Int32Array;
  readonly dissolved: Int32Array;
}

/** Builds the initial state: empty matching, every vertex a free S-vertex rooting its own tree. */
export function createState(graph: CoreGraph, initialDual: number): BlossomState {
  const { n } = graph;
  const state: BlossomState = {
    n,
    endpoint: graph.endpoint,
    weight: graph.weight,
    adjStart: graph.adjStart,
    adj: graph.adj,
    adjVertex: graph.adjVertex,
    adjWeight: graph.adjWeight,
    mate: new Int32Array(n).fill(-1),
    inBlossom: new Int32Array(n),
    parent: new Int32Array(2 * n).fill(-1),
    base: new Int32Array(2 * n).fill(-1),
    childs: new Array<Int32Array | null>(2 * n).fill(null),
    endps: new Array<Int32Array | null>(2 * n).fill(null),
    label: new Uint8Array(2 * n),
    labelEnd: new Int32Array(2 * n).fill(-1),
    treeOf: new Int32Array(2 * n).fill(-1),
    treeHead: new Int32Array(n).fill(-1),
    treeNext: new Int32Array(2 * n).fill(-1),
    treePrev: new Int32Array(2 * n).fill(-1),
    dualRaw: new Float64Array(n),
    zRaw: new Float64Array(2 * n),
    delta: 0,
    initialDual,
    bestGrow: new Float64Array(n).fill(Infinity),
    bestEven: new Float64Array(n).fill(Infinity),
    freeCount: n,
    stats: {
      dualSteps: 0,
      augmentations: 0,
      blossomsCreated: 0,
      nestedBlossomsCreated: 0,
      blossomsLabelledT: 0,
      blossomsExpanded: 0,
      nestedBlossomsExpanded: 0,
      relabelledTtoS: 0,
    },
    queue: new Int32Array(Math.max(16, n)),
    queueSize: 0,
    events: new RadixHeap(),
    unused: new Int32Array(n),
    unusedCount: n,
    mark: new Int32Array(2 * n),
    stamp: 0,
    leaves: new Int32Array(n),
    scratch: new Int32Array(2 * n),
    dissolved: new Int32Array(2 * n),
  };
  for (let v = 0; v < n; v++) {
    state.inBlossom[v] = v;
    state.base[v] = v;
    state.unused[v] = 2 * n - 1 - v;
  }
  return state;
}

/** Pushes vertex v onto the scan queue, growing it when full. */
export function enqueue(state: BlossomState, v: number): void {
  if (state.queueSize === state.queue.length) {
    const bigger = new Int32Array(state.queue.length * 2);
    bigger.set(state.queue);
    state.queue = bigger;
  }
  state.queue[state.queueSize++] = v;
}
