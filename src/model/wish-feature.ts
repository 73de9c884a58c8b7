/**
 * `wishes: { mode: "bonus" }`: ranked wishes as one more feature of the score, built on
 * the custom-feature slot so the kernel, explanations and breakdowns treat it like any
 * other feature (it is named `"wishes"`, a name custom features may not take).
 *
 *   x_wish(i→j) = 1 − r / max   when j is i's wish of rank r (0 = first choice),
 *                 0             otherwise (also when i made no wishes),
 *
 * so a mutual first choice scores 1 both ways. The feature exists only when someone in
 * the cohort made wishes and `wishes.weight` > 0, so cohorts without wishes score as before.
 * It is not recorded in `meta.options` (it is derived from the participants).
 *
 * Complexity: O(1) per directional score after an O(total wishes) index.
 */
import type { CustomFeature, Participant, ResolvedMatchOptions } from "./types.js";

/** The feature's name in explanations and breakdowns. */
export const WISH_FEATURE = "wishes";

/** The options with the wish feature appended to `custom`, or as they are when it does not apply. */
export function withWishFeature(
  options: ResolvedMatchOptions,
  participants: readonly Participant[],
): ResolvedMatchOptions {
  const { mode, max, weight } = options.wishes;
  if (mode !== "bonus" || weight === 0 || !participants.some((p) => (p.wishes?.length ?? 0) > 0)) return options;
  const rank = new Map<string, Map<string, number>>();
  for (const participant of participants) {
    const ranks = new Map<string, number>();
    for (const id of participant.wishes ?? []) {
      if (ranks.size === max) break;
      if (id !== participant.id && !ranks.has(id)) ranks.set(id, ranks.size);
    }
    if (ranks.size > 0) rank.set(participant.id, ranks);
  }
  const feature: CustomFeature = {
    name: WISH_FEATURE,
    weight,
    score: (a, b) => {
      const r = rank.get(a.id)?.get(b.id);
      return r === undefined ? 0 : 1 - r / max;
    },
  };
  return { ...options, custom: [...options.custom, feature] };
}
