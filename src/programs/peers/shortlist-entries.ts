/**
 * What `recommend` and `recommendFor` share: the entries fixed before any optimisation
 * (pinned partners and mutual wishes), and how one suggestion is explained (the kernel's
 * explanation and the same summaries and reasons as a matched pair in `matchPeers`).
 *
 * Fixed entries are symmetric: a pin [a, b] puts b on a's list and a on b's (a trio pins
 * both others), and so does a mutual wish of a feasible pair. So each person's fixed
 * entries take as many of her `k` suggestions as of her `maxExposure` appearances.
 *
 * Complexity: O(P + W log W) for P pinned members and W mutual wishes.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import type { IssueList } from "../../errors/issues.js";
import { groupScores } from "../shared/group-scores.js";
import { reasonsOf, roundScore, unknownFeatures } from "../shared/result-helpers.js";
import type { SeededOrder } from "../shared/seeded-order.js";
import type { PeerPins } from "./pins.js";
import type { Suggestion, SuggestionSource } from "./recommend-result.js";
import { wishReasons } from "./wish-report.js";

/** Entries fixed before the optimisation: `partners[i]` in the order they head i's list. */
export interface FixedEntries {
  readonly partners: number[][];
  readonly source: SuggestionSource[][];
  /** Number of pinned entries, and of mutual-wish entries, over all lists. */
  readonly pinned: number;
  readonly mutualWishes: number;
}

/** Rank (0 = first choice) of j in i's wish list, or -1. */
export function wishRankOf(compatibility: Compatibility, i: number, j: number): number {
  const { wishOffsets, wishIndex } = compatibility.cohort;
  for (let r = wishOffsets[i]!; r < wishOffsets[i + 1]!; r++) if (wishIndex[r] === j) return r - wishOffsets[i]!;
  return -1;
}

/**
 * The fixed entries of every person: pinned partners (an issue when a person's pins
 * exceed `room`), then mutual wishes of feasible pairs not pinned together, taken best
 * first (the smaller sum of the two ranks, then the smaller worse rank, then the seeded
 * order) while both people have room left. `room` is min(k, maxExposure).
 */
export function fixedEntries(
  compatibility: Compatibility,
  pins: PeerPins,
  seeded: SeededOrder,
  room: number,
  issues: IssueList,
): FixedEntries {
  const { n, ids } = compatibility;
  const partners: number[][] = Array.from({ length: n }, () => []);
  const source: SuggestionSource[][] = Array.from({ length: n }, () => []);
  let pinned = 0;
  pins.groups.forEach((group, k) => {
    for (const a of group) {
      for (const b of group) {
        if (a === b) continue;
        partners[a]!.push(b);
        source[a]!.push("pin");
        pinned++;
      }
    }
    for (const a of group) {
      if (partners[a]!.length > room) {
        issues.add(
          "out_of_range",
          ["options", "pins", k],
          `options.pins[${k}] gives ${JSON.stringify(ids[a]!)} ${partners[a]!.length} pinned partners, more than k and maxExposure allow (${room})`,
          ids[a]!,
        );
      }
    }
  });
  const wishes: { a: number; b: number; sum: number; worst: number; tie: number }[] = [];
  const { wishOffsets, wishIndex } = compatibility.cohort;
  for (let a = 0; a < n; a++) {
    for (let r = wishOffsets[a]!; r < wishOffsets[a + 1]!; r++) {
      const b = wishIndex[r]!;
      if (b < a) continue;
      const back = wishRankOf(compatibility, b, a);
      if (back === -1 || Number.isNaN(compatibility.pairWeight(a, b))) continue;
      if (pins.groupOf[a] !== -1 && pins.groupOf[a] === pins.groupOf[b]) continue;
      const rank = r - wishOffsets[a]!;
      const tie =
        Math.min(seeded.position[a]!, seeded.position[b]!) * n + Math.max(seeded.position[a]!, seeded.position[b]!);
      wishes.push({ a, b, sum: rank + back, worst: Math.max(rank, back), tie });
    }
  }
  wishes.sort((x, y) => x.sum - y.sum || x.worst - y.worst || x.tie - y.tie);
  let mutualWishes = 0;
  for (const { a, b } of wishes) {
    if (partners[a]!.length >= room || partners[b]!.length >= room) continue;
    partners[a]!.push(b);
    source[a]!.push("mutual-wish");
    partners[b]!.push(a);
    source[b]!.push("mutual-wish");
    mutualWishes += 2;
  }
  return { partners, source, pinned, mutualWishes };
}

/** One suggestion of `j` to `i`, explained. */
export function describeSuggestion(
  compatibility: Compatibility,
  i: number,
  j: number,
  source: SuggestionSource,
): Suggestion {
  const explanation = compatibility.explain(i, j);
  const { scores, breakdown } = groupScores(compatibility, [i, j], [{ explanation }]);
  const reasons = source === "pin" ? ["Pinned by the coordinator."] : [];
  reasons.push(...wishReasons(compatibility, [i, j]), ...reasonsOf(explanation).slice(0, 4));
  return {
    id: compatibility.ids[j]!,
    score: roundScore(explanation.weight),
    scores,
    breakdown,
    unknown: unknownFeatures(explanation),
    reasons,
    source,
  };
}
