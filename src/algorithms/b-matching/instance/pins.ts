/**
 * Pins, the second phase of `prepareBMatching`: each pin `[hospital, resident]` must name
 * an edge, no resident may be pinned twice, and no hospital may hold more pins than its
 * capacity. A valid pin fixes its resident to its edge and takes one place of its
 * hospital (the reduction is explained in `b-matching-instance.ts`).
 *
 * Complexity: O(P + H + Σ degree of the pinned residents) for P pins.
 * References: none (input validation and bookkeeping).
 */
import { describeValue } from "../../../errors/describe-value.js";
import type { IssueList } from "../../../errors/issues.js";
import type { Csr } from "../../../internal/csr.js";
import type { BMatchingOptions, BipartiteGraph } from "../types.js";

/** What the pins fix. */
export interface PinnedResidents {
  /** `pinnedEdge[r]` is the edge resident r is pinned to, or -1. */
  readonly pinnedEdge: Int32Array;
  /** `pinnedLoad[h]` is the number of residents pinned to hospital h. */
  readonly pinnedLoad: Int32Array;
}

/**
 * Checks and applies `pins`, collecting into `issues`, and throws every issue collected
 * so far (including earlier phases') when there is any. `byResident` holds the edges
 * grouped by resident.
 */
export function fixPins(
  issues: IssueList,
  graph: BipartiteGraph,
  byResident: Csr,
  pins: BMatchingOptions["pins"],
): PinnedResidents {
  const { residents, capacity } = graph;
  const hospitals = capacity.length;
  const pinnedEdge = new Int32Array(residents).fill(-1);
  const pinnedLoad = new Int32Array(hospitals);
  const list = pins ?? [];
  if (!Array.isArray(list)) {
    issues.add("invalid_type", ["pins"], "pins must be an array of [hospital, resident] pairs");
    issues.throwIfAny();
  }
  list.forEach((pin: unknown, i) => {
    const [h, r] = Array.isArray(pin) ? (pin as unknown[]) : [];
    const e = isInteger(h) && isInteger(r) && r >= 0 && r < residents ? edgeBetween(graph, byResident, h, r) : -1;
    if (e < 0) {
      issues.add(
        "invalid_edge",
        ["pins", i],
        `pin ${i} (hospital ${describeValue(h)}, resident ${describeValue(r)}) is not an edge of the graph`,
      );
      return;
    }
    const resident = graph.edgeResident[e]!;
    if (pinnedEdge[resident] !== -1) {
      issues.add("invalid_value", ["pins", i], `resident ${resident} is pinned more than once`);
      return;
    }
    const hospital = graph.edgeHospital[e]!;
    pinnedEdge[resident] = e;
    pinnedLoad[hospital] = pinnedLoad[hospital]! + 1;
  });
  for (let h = 0; h < hospitals; h++) {
    if (pinnedLoad[h]! > capacity[h]!) {
      issues.add("out_of_range", ["pins"], `hospital ${h} has ${pinnedLoad[h]} pins but capacity ${capacity[h]}`);
    }
  }
  issues.throwIfAny();
  return { pinnedEdge, pinnedLoad };
}

function isInteger(value: unknown): value is number {
  return Number.isInteger(value);
}

/** The edge joining hospital h and resident r, or -1. */
function edgeBetween(graph: BipartiteGraph, byResident: Csr, h: number, r: number): number {
  const { offsets, entries } = byResident;
  for (let i = offsets[r]!; i < offsets[r + 1]!; i++) {
    const e = entries[i]!;
    if (graph.edgeHospital[e] === h) return e;
  }
  return -1;
}
