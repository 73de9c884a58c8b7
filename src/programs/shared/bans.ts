/**
 * Bans as vetoes: pairs that may never be grouped again (a programme's dissolved pairs)
 * enter scoring as `exclude` entries, so every solver and explanation sees them as the
 * veto they are.
 */
import { rawParticipantId } from "../../model/issues.js";

/** Raw participants with every banned partner added to `exclude` (entries that are not valid are left for validation to report). */
export function withBans(participants: unknown, bans: readonly (readonly [string, string])[]): unknown {
  if (!Array.isArray(participants) || bans.length === 0) return participants;
  const extra = new Map<string, string[]>();
  // Bans with someone who has left stay in the history; as `exclude` entries they would
  // only be reported as ids outside the cohort.
  const present = new Set(participants.map(rawParticipantId));
  for (const [a, b] of bans) {
    if (!present.has(a) || !present.has(b)) continue;
    extra.set(a, [...(extra.get(a) ?? []), b]);
    extra.set(b, [...(extra.get(b) ?? []), a]);
  }
  return participants.map((raw: unknown) => {
    const id = rawParticipantId(raw);
    const banned = id === undefined ? undefined : extra.get(id);
    if (banned === undefined || !isRecord(raw)) return raw;
    const exclude = raw.exclude;
    if (exclude !== undefined && !Array.isArray(exclude)) return raw;
    return { ...raw, exclude: [...(exclude ?? []), ...banned] };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
