/**
 * A view of a scored cohort in which some more pairs are infeasible (pairs already met
 * in a rotation, people set aside for a round), with the reason added to their
 * explanations. The one place the lifecycle reads the dense score matrix.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import type { PairExplanation } from "../../compatibility/explanation.js";

/** `compatibility` with every pair for which `forbidden(i, j)` holds made infeasible (NaN) for the reason `veto`. */
export function forbidPairs(
  compatibility: Compatibility,
  forbidden: (i: number, j: number) => boolean,
  veto: { readonly feature: string; readonly reason: string },
): Compatibility {
  const { n } = compatibility;
  const scores = compatibility.scores.slice();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (i !== j && forbidden(i, j)) scores[i * n + j] = Number.NaN;
  }
  return {
    ...compatibility,
    scores,
    pairWeight: (i, j) => (forbidden(i, j) ? Number.NaN : compatibility.pairWeight(i, j)),
    explain: (i, j): PairExplanation => {
      const explanation = compatibility.explain(i, j);
      if (!forbidden(i, j)) return explanation;
      return {
        ...explanation,
        feasible: false,
        vetoes: [...explanation.vetoes, { ...veto }],
        reasons: [veto.reason, ...explanation.reasons],
      };
    },
  };
}
