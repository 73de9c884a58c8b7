/**
 * Small pieces every program result shares (peers and mentors): rounding, own-property
 * records, the reasons of a formed pair, and the summary of the vetoes that rule
 * someone out.
 */
import type { PairExplanation } from "../../compatibility/explanation.js";
import { listPhrase } from "../../features/tags.js";
import { countOf } from "../../features/words.js";
import type { MatchWarning } from "../../model/referenced-ids.js";

/** What a veto's feature or rule is called in a sentence (never the option's code name). */
const VETO_NAMES: Readonly<Record<string, string>> = {
  exclude: "an exclusion",
  pastPartners: "having been partners before",
  minScore: "the minimum score",
  geography: "location",
  organization: "the same-organisation rule",
  availability: "shared time",
  dissolved: "a dissolved pairing",
  rotation: "having met in an earlier round",
  priority: "matching those left out last time",
};

/** A veto's feature or rule as words: built-in names as a coordinator reads them, custom features by their name. */
export function vetoName(feature: string): string {
  return Object.hasOwn(VETO_NAMES, feature) ? VETO_NAMES[feature]! : feature;
}

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
  const unknown = unknownFeatures(explanation);
  return [
    unknown.length > 0
      ? `Nothing keeps them apart, but their answers leave ${listPhrase(unknown)} unknown, so there is little to score`
      : "Nothing keeps them apart, but their answers have little in common",
  ];
}

/**
 * The features that count (weight above 0) whose data is missing on either side of the
 * pair, in feature order: `pairs[].unknown`, shown as "not answered" in reports.
 */
export function unknownFeatures(explanation: PairExplanation): string[] {
  return Object.entries(explanation.features)
    .filter(([, feature]) => feature.weight > 0 && !feature.detail.known)
    .map(([name]) => name);
}

/**
 * The hard constraints that rule out a list of candidates, one veto list per candidate:
 * grouped by feature, most frequent first, each candidate counted once per feature.
 * `"location rules out 3 people (e.g. …); language rules out 1 person (e.g. …)"`.
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
        `${vetoName(feature)} rules out ${countOf(count, "person", "people")} (e.g. ${example})`,
    )
    .join("; ");
}

/** The cohort's warnings about ids outside it, as fresh JSON for a result. */
export function resultWarnings(warnings: readonly MatchWarning[]): MatchWarning[] {
  return warnings.map((warning) => ({ ...warning, path: [...warning.path] }));
}
