/**
 * An independent checker of `rematchCircles`, written from docs/circles.md and the
 * lifecycle rules (docs/rematch-and-rotation.md §1 and §3), reading only the JSON of the
 * previous result, the change, the participants and the new result. It returns every
 * rule broken, as sentences (empty when the result keeps them all).
 */
import type { CircleChange, CircleResult, CircleRematchResult } from "peermatch";

const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const groupKey = (members: readonly string[]) => JSON.stringify([...members].sort());

function pairsOf(groups: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const group of groups)
    for (let x = 0; x < group.length; x++)
      for (let y = x + 1; y < group.length; y++) out.add(key(group[x]!, group[y]!));
  return out;
}

/** Every lifecycle rule the re-match breaks. */
export function checkCircleRematch(
  previous: CircleResult,
  change: CircleChange,
  participantIds: readonly string[],
  next: CircleRematchResult,
  size: { min: number; max: number },
): string[] {
  const problems: string[] = [];
  const leave = new Set(change.leave ?? []);
  const dissolve = change.dissolve ?? [];
  // Everyone now in the programme exactly once; leavers nowhere.
  const seen = [...next.circles.flatMap((c) => c.members), ...next.unmatched.map((u) => u.id)];
  const counts = new Map<string, number>();
  for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const id of participantIds)
    if (counts.get(id) !== 1) problems.push(`${id} appears ${counts.get(id) ?? 0} times`);
  for (const id of seen)
    if (!participantIds.includes(id)) problems.push(`${id} is not a participant (left: ${leave.has(id)})`);
  for (const circle of next.circles)
    if (circle.members.length < size.min || circle.members.length > size.max)
      problems.push(`circle ${circle.members.join(",")} has ${circle.members.length} members`);
  // Dissolved pairs (earlier and now) never share a circle, and the history keeps them.
  const banned = new Set([...previous.history.dissolved, ...dissolve].map(([a, b]) => key(a, b)));
  const together = pairsOf(next.circles.map((c) => c.members));
  for (const pair of banned) if (together.has(pair)) problems.push(`dissolved pair ${pair} shares a circle`);
  const dissolvedNow = new Set(next.history.dissolved.map(([a, b]) => key(a, b)));
  if (dissolvedNow.size !== banned.size || [...banned].some((pair) => !dissolvedNow.has(pair)))
    problems.push("history.dissolved is not the previous dissolved pairs plus this change's");
  // history.formed: everything formed before, the previous circles, and the new circles; nothing else.
  const formed = new Set([
    ...previous.history.formed.map(([a, b]) => key(a, b)),
    ...pairsOf(previous.circles.map((c) => c.members)),
    ...together,
  ]);
  const formedNow = new Set(next.history.formed.map(([a, b]) => key(a, b)));
  if (formedNow.size !== formed.size || [...formed].some((pair) => !formedNow.has(pair)))
    problems.push("history.formed is not the previous formed pairs plus the new circles'");
  // Untouched circles stay as they are, unless listed as invalidated.
  const nowKeys = new Set(next.circles.map((c) => groupKey(c.members)));
  const invalidated = new Set(next.diff.invalidated.map(groupKey));
  for (const circle of previous.circles) {
    const touched =
      circle.members.some((id) => leave.has(id)) ||
      dissolve.some(([a, b]) => circle.members.includes(a) && circle.members.includes(b));
    const k = groupKey(circle.members);
    if (!touched && !nowKeys.has(k) && !invalidated.has(k))
      problems.push(`untouched circle ${circle.members.join(",")} was changed`);
    if (touched && nowKeys.has(k)) problems.push(`touched circle ${circle.members.join(",")} is unchanged`);
  }
  // The diff says what happened.
  const before = new Set(previous.circles.map((c) => groupKey(c.members)));
  for (const members of next.diff.kept)
    if (!before.has(groupKey(members))) problems.push("diff.kept lists a new circle");
  for (const members of next.diff.formed)
    if (before.has(groupKey(members))) problems.push("diff.formed lists an old circle");
  if (next.diff.kept.length + next.diff.formed.length !== next.circles.length)
    problems.push("diff.kept and diff.formed do not cover the circles");
  return problems;
}
