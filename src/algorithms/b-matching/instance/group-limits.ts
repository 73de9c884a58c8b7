/**
 * Group limits, the third phase of `prepareBMatching`: each limit must be an object
 * naming a known hospital, an integer `max ≥ 0` and known residents, and must leave room
 * for the residents of its group already pinned to its hospital. What is left of each
 * limit after the pins is what the solvers enforce.
 *
 * Complexity: O(L + Σ group sizes + R) for L limits.
 * References: none (input validation and bookkeeping).
 */
import { describeValue } from "../../../errors/describe-value.js";
import type { IssueList } from "../../../errors/issues.js";
import type { BipartiteGraph, GroupLimit } from "../types.js";

/** The group limits as the solvers use them. */
export interface CheckedGroupLimits {
  /** `groupLeft[g]` is limit g's `max` less the residents of its group pinned to its hospital. */
  readonly groupLeft: Int32Array;
  /** `groupHospital[g]` is the hospital of limit g. */
  readonly groupHospital: Int32Array;
}

/**
 * Validates `limits` (collecting every issue, thrown at the end) given the pinned edge
 * of each resident.
 */
export function checkGroupLimits(
  issues: IssueList,
  graph: BipartiteGraph,
  limits: readonly GroupLimit[],
  pinnedEdge: Int32Array,
): CheckedGroupLimits {
  const hospitals = graph.capacity.length;
  if (!Array.isArray(limits)) {
    issues.add("invalid_type", ["groupLimits"], "groupLimits must be an array");
    issues.throwIfAny();
  }
  const groupLeft = new Int32Array(limits.length);
  // stamp[r] = the last limit that listed r, so a resident listed twice counts once.
  const stamp = new Int32Array(graph.residents).fill(-1);
  limits.forEach((limit, g) => {
    if (
      typeof limit !== "object" ||
      limit === null ||
      typeof limit.residents !== "object" ||
      limit.residents === null
    ) {
      issues.add("invalid_type", ["groupLimits", g], `group limit ${g} must be { hospital, residents, max }`);
      return;
    }
    if (!Number.isInteger(limit.hospital) || limit.hospital < 0 || limit.hospital >= hospitals) {
      issues.add(
        "invalid_value",
        ["groupLimits", g, "hospital"],
        `group limit ${g} names unknown hospital ${describeValue(limit.hospital)}`,
      );
      return;
    }
    if (!Number.isInteger(limit.max) || limit.max < 0) {
      issues.add(
        "out_of_range",
        ["groupLimits", g, "max"],
        `group limit ${g} has max ${describeValue(limit.max)}; it must be an integer ≥ 0`,
      );
      return;
    }
    let pinned = 0;
    for (let i = 0; i < limit.residents.length; i++) {
      const r = limit.residents[i]!;
      if (!Number.isInteger(r) || r < 0 || r >= graph.residents) {
        issues.add(
          "invalid_value",
          ["groupLimits", g, "residents", i],
          `group limit ${g} names unknown resident ${describeValue(r)}`,
        );
        continue;
      }
      if (stamp[r] === g) continue;
      stamp[r] = g;
      const e = pinnedEdge[r]!;
      if (e !== -1 && graph.edgeHospital[e] === limit.hospital) pinned++;
    }
    if (pinned > limit.max) {
      issues.add(
        "out_of_range",
        ["groupLimits", g],
        `group limit ${g} allows ${limit.max} but ${pinned} of its residents are pinned to hospital ${limit.hospital}`,
      );
    }
    groupLeft[g] = limit.max - pinned;
  });
  issues.throwIfAny();
  return { groupLeft, groupHospital: Int32Array.from(limits, (limit) => limit.hospital) };
}
