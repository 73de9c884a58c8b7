/**
 * `pins` for peer programmes: groups (pairs or trios) a coordinator fixes by hand, read
 * against a scored cohort. Every problem is collected and thrown together as one
 * `MatchInputError`: an id outside the cohort (with a did-you-mean when one is close, an
 * error even when it differs only in case, spaces or Unicode form), the same person
 * twice in one pin or in two pins, and a pin that a hard constraint rules out (with the
 * constraint's reason). Every issue carries a `participantId`: the id as written for one
 * outside the cohort, the person pinned twice, the first member of a ruled-out pair.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import { IssueList } from "../../errors/issues.js";
import { IdIndex } from "../../model/referenced-ids.js";

/** Pinned groups in participant indices. */
export interface PeerPins {
  /** Each group sorted; groups in the order of the caller's pins. */
  readonly groups: readonly (readonly number[])[];
  /** groupOf[i]: the pinned group of participant i, or -1. */
  readonly groupOf: Int32Array;
  /** The caller's pins as id groups, index-aligned with `groups` (for reports). */
  readonly ids: readonly (readonly string[])[];
}

/**
 * Reads `pins` (default: `compatibility.options.pins`) against the cohort. Throws
 * `MatchInputError` (paths `["options", "pins", k, position]`, messages prefixed with
 * `caller`) for every problem.
 */
export function resolvePeerPins(
  compatibility: Compatibility,
  caller: string,
  pins: readonly (readonly string[])[] = compatibility.options.pins,
): PeerPins {
  const { n, ids } = compatibility;
  const issues = new IssueList(caller);
  const index = new IdIndex(ids);
  const groupOf = new Int32Array(n).fill(-1);
  const groups: number[][] = [];
  const pinIds: string[][] = [];
  pins.forEach((pin, k) => {
    const members: number[] = [];
    pin.forEach((id, position) => {
      const path = ["options", "pins", k, position];
      const found = index.match(id);
      if (found.kind === "exact") {
        members.push(found.index);
        return;
      }
      const hint =
        found.kind === "near"
          ? `, but differs from ${found.candidates.map((c) => JSON.stringify(c)).join(" or ")} only in case, spaces or Unicode form (did you mean ${found.candidates.map((c) => JSON.stringify(c)).join(" or ")}?)`
          : suggestion(index.suggest(id));
      issues.add(
        "unknown_id",
        path,
        `options.pins[${k}] names ${JSON.stringify(id)}, who is not in the cohort${hint}`,
        id,
      );
    });
    if (members.length !== pin.length) return;
    const twice = members.find((member, x) => members.indexOf(member) !== x);
    if (twice !== undefined) {
      issues.add(
        "invalid_value",
        ["options", "pins", k],
        `options.pins[${k}] names ${JSON.stringify(ids[twice]!)} twice`,
        ids[twice]!,
      );
      return;
    }
    for (const member of members) {
      const earlier = groupOf[member]!;
      if (earlier !== -1) {
        issues.add(
          "invalid_value",
          ["options", "pins", k],
          `options.pins[${k}] pins ${JSON.stringify(ids[member]!)} a second time (also in options.pins[${earlier}])`,
          ids[member]!,
        );
      }
    }
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = members[x]!;
        const b = members[y]!;
        if (!Number.isNaN(compatibility.pairWeight(a, b))) continue;
        const why = compatibility
          .explain(a, b)
          .vetoes.map((veto) => veto.reason)
          .join("; ");
        issues.add(
          "invalid_value",
          ["options", "pins", k],
          `options.pins[${k}] pairs ${JSON.stringify(ids[a]!)} with ${JSON.stringify(ids[b]!)}, but the pair is ruled out: ${why}`,
          ids[a]!,
        );
      }
    }
    for (const member of members) if (groupOf[member] === -1) groupOf[member] = groups.length;
    groups.push([...members].sort((x, y) => x - y));
    pinIds.push([...pin]);
  });
  issues.throwIfAny();
  return { groups, groupOf, ids: pinIds };
}

function suggestion(closest: string | undefined): string {
  return closest === undefined ? "" : ` (did you mean ${JSON.stringify(closest)}?)`;
}
