/**
 * Communication: aligned preferences for how and how often to meet. Symmetric. Three
 * parts, each unknown when either side did not give it:
 *
 *   styles     = Jaccard of communication styles,
 *   channels   = |C_i ∩ C_j| / |C_i ∪ C_j| on the five channels (video, phone, chat, email, in-person),
 *   frequency  = 1 − |f_i − f_j| / 2 with weekly = 0, biweekly = 1, monthly = 2,
 *   x_comm(i, j) = (styles + channels + frequency) / 3, an unknown part counting as the
 *   program's missing value m; the feature is unknown only when all three are.
 *
 * The fixed 1/3 shares keep "weights are never redistributed" inside the feature too: a
 * profile that leaves a part out can never score higher for it. Complexity: O(words).
 * References: Jaccard (1912).
 */
import type { BuiltinFeature, FeatureDetail, ScoringContext } from "./feature.js";
import { jsonNumber } from "./feature.js";
import { article } from "./words.js";
import { listPhrase, popcount32, sharedTags, tagJaccard } from "./tags.js";

const CHANNEL_NAMES = ["video", "phone", "chat", "email", "in-person"] as const;
const FREQUENCY_NAMES = ["weekly", "biweekly", "monthly"] as const;

/** Jaccard of the 5-bit channel masks, or NaN when either gave none. */
function channelScore(ctx: ScoringContext, i: number, j: number): number {
  const a = ctx.cohort.channels[i]!;
  const b = ctx.cohort.channels[j]!;
  if (a === 0 || b === 0) return Number.NaN;
  return popcount32(a & b) / popcount32(a | b);
}

/** 1 − |f_i − f_j| / 2, or NaN when either gave no frequency. */
function frequencyScore(ctx: ScoringContext, i: number, j: number): number {
  const a = ctx.cohort.frequency[i]!;
  const b = ctx.cohort.frequency[j]!;
  if (a < 0 || b < 0) return Number.NaN;
  return 1 - Math.abs(a - b) / 2;
}

/** x_comm(i, j), or NaN when none of the three parts is known for the pair. */
export function communicationScore(ctx: ScoringContext, i: number, j: number): number {
  const styles = tagJaccard(ctx.cohort.styles, i, j);
  const channels = channelScore(ctx, i, j);
  const frequency = frequencyScore(ctx, i, j);
  const stylesKnown = !Number.isNaN(styles);
  const channelsKnown = !Number.isNaN(channels);
  const frequencyKnown = !Number.isNaN(frequency);
  if (!stylesKnown && !channelsKnown && !frequencyKnown) return Number.NaN;
  const m = ctx.missingValue;
  return ((stylesKnown ? styles : m) + (channelsKnown ? channels : m) + (frequencyKnown ? frequency : m)) / 3;
}

function sharedChannels(ctx: ScoringContext, i: number, j: number): string[] {
  const both = ctx.cohort.channels[i]! & ctx.cohort.channels[j]!;
  return CHANNEL_NAMES.filter((_, c) => (both >>> c) & 1);
}

function communicationDetail(ctx: ScoringContext, i: number, j: number): FeatureDetail {
  const { styles, frequency } = ctx.cohort;
  const part = (x: number) => ({ known: !Number.isNaN(x), score: jsonNumber(x) });
  const s = tagJaccard(styles, i, j);
  const c = channelScore(ctx, i, j);
  const f = frequencyScore(ctx, i, j);
  return {
    known: !Number.isNaN(s) || !Number.isNaN(c) || !Number.isNaN(f),
    styles: { ...part(s), shared: sharedTags(styles.bits, i, styles.bits, j, styles.words, styles.vocabulary) },
    channels: { ...part(c), shared: sharedChannels(ctx, i, j) },
    frequency: {
      ...part(f),
      values: [FREQUENCY_NAMES[frequency[i]!] ?? null, FREQUENCY_NAMES[frequency[j]!] ?? null],
    },
  };
}

function communicationReason(ctx: ScoringContext, i: number, j: number): string | null {
  const { styles, frequency } = ctx.cohort;
  const parts: string[] = [];
  const sharedStyles = sharedTags(styles.bits, i, styles.bits, j, styles.words, styles.vocabulary);
  if (sharedStyles.length === 1) {
    const style = sharedStyles[0]!;
    parts.push(`both prefer ${article(style)} ${style} style`);
  } else if (sharedStyles.length > 1) parts.push(`both prefer ${listPhrase(sharedStyles.slice(0, 2))} styles`);
  const channels = sharedChannels(ctx, i, j);
  if (channels.length > 0) parts.push(`both meet by ${listPhrase(channels.slice(0, 3))}`);
  const fi = frequency[i]!;
  if (fi >= 0 && fi === frequency[j]!) parts.push(`both want to meet ${FREQUENCY_NAMES[fi]}`);
  if (parts.length === 0) return null;
  const sentence = parts.join("; ");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The communication feature for the registry. */
export function communicationFeature(): BuiltinFeature {
  return { name: "communication", directional: false, detail: communicationDetail, reason: communicationReason };
}
