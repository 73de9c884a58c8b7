/**
 * Small pieces every program result shares (peers and mentors): rounding, own-property
 * records, the reasons of a formed pair, and the summary of the vetoes that rule
 * someone out.
 */
import type { PairExplanation } from "../../compatibility/explanation.js";

/** Scores in results are rounded to this many decimals. */
const DECIMALS = 4;

/** Rounds a score for the result JSON. */
export function roundScore(x: number): number {
  const factor = 10 ** DECIMALS;
  return Math.round(x * factor) / factor;
}

/** Sets an own enumerable property, so ids such as `__proto__` are ordinary keys. */
export function setOwn(record: Record<string, number>, key: string, value: number): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The explanation's reasons, or, when nothing scored, why the pair was still formed. */
export function reasonsOf(explanation: PairExplanation): readonly string[] {
  if (explanation.reasons.length > 0) return explanation.reasons;
  const unknown = Object.entries(explanation.features)
    .filter(([, feature]) => feature.weight > 0 && !feature.detail.known)
    .map(([name]) => name);
  return [
    unknown.length > 0
      ? `Nothing keeps them apart, but their answers leave ${unknown.join(", ")} unknown, so there is little to score`
      : "Nothing keeps them apart, but their answers have little in common",
  ];
}

/**
 * The hard constraints that rule out a list of candidates, one veto list per candidate:
 * grouped by feature, most frequent first, each candidate counted once per feature.
 * `"geography rules out 3 people (e.g. …); language rules out 1 person (e.g. …)"`.
 */
export function summariseVetoes(
  vetoLists: Iterable<readonly { readonly feature: string; readonly reason: string }[]>,
): string {
  const byFeature = new Map<string, { count: number; example: string }>();
  for (const vetoes of vetoLists) {
    const seen = new Set<string>();
    for (const veto of vetoes) {
      if (seen.has(veto.feature)) continue; // count people, not vetoes
      seen.add(veto.feature);
      const entry = byFeature.get(veto.feature) ?? { count: 0, example: veto.reason };
      entry.count++;
      byFeature.set(veto.feature, entry);
    }
  }
  return describeVetoCounts([...byFeature.entries()].map(([feature, entry]) => ({ feature, ...entry })));
}

/** `summariseVetoes` from counts already made: one entry per feature with its count and an example reason. */
export function describeVetoCounts(
  entries: readonly { readonly feature: string; readonly count: number; readonly example: string }[],
): string {
  return [...entries]
    .sort((x, y) => y.count - x.count || (x.feature < y.feature ? -1 : 1))
    .map(
      ({ feature, count, example }) =>
        `${feature} rules out ${count} ${count === 1 ? "person" : "people"} (e.g. ${example})`,
    )
    .join("; ");
}
