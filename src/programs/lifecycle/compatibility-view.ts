/**
 * A view of a scored cohort in which some more pairs are infeasible (pairs already met
 * in a rotation, people set aside for a round), with the reason added to their
 * explanations and veto counts. The graph loses the forbidden edges; pairs off the graph
 * are forbidden on demand, so nothing here is O(n²).
 */
import type { Compatibility, VetoCount } from "../../compatibility/compatibility.js";
import type { LeftOutVisit } from "../../compatibility/candidates/left-out.js";
import type { PairExplanation } from "../../compatibility/explanation.js";
import { withoutEdges } from "../../compatibility/scored-graph.js";

/** `compatibility` with every pair for which `forbidden(i, j)` holds made infeasible (NaN) for the reason `veto`. */
export function forbidPairs(
  compatibility: Compatibility,
  forbidden: (i: number, j: number) => boolean,
  veto: { readonly feature: string; readonly reason: string },
): Compatibility {
  const { graph, visitLeftOut } = compatibility;
  // The edges removed here are infeasible, so what the pairs left out of the new graph
  // add to the old visit is exactly what `forbidden` rules out.
  const visit: LeftOutVisit | undefined =
    visitLeftOut === undefined
      ? undefined
      : (visitor) =>
          visitLeftOut({
            cut: (i, j) => (forbidden(i, j) ? Number.POSITIVE_INFINITY : visitor.cut(i, j)),
            take: (i, j, w, out, back) => visitor.take(i, j, w, out, back),
          });
  return {
    ...compatibility,
    ...(visit === undefined ? {} : { visitLeftOut: visit }),
    graph: withoutEdges(graph, (e) => forbidden(graph.from[e]!, graph.to[e]!)),
    score: (i, j) => (forbidden(i, j) ? Number.NaN : compatibility.score(i, j)),
    pairWeight: (i, j) => (forbidden(i, j) ? Number.NaN : compatibility.pairWeight(i, j)),
    vetoCensus: (i, others): VetoCount[] => {
      // A forbidden pair that the cohort's own constraints allow counts under this veto;
      // one they rule out already is counted by them.
      const rest: number[] = [];
      let count = 0;
      let first = -1;
      for (const j of others) {
        if (j === i || !forbidden(i, j) || Number.isNaN(compatibility.pairWeight(i, j))) rest.push(j);
        else if (count++ === 0) first = j;
      }
      const census = compatibility.vetoCensus(i, rest);
      return count === 0 ? census : [...census, { feature: veto.feature, count, first }];
    },
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
