/**
 * Independent checks of a hand-made matching, from the public compatibility graph and
 * `explainPair` only (not from the code that scores it): its blocking pairs by brute
 * force over every pair, and the hard constraints its groups break.
 */
import { compatibilityGraph, explainPair } from "peermatch";
import type { MatchOptions, ParticipantInput } from "peermatch";

/**
 * Blocking pairs (sorted id pairs, sorted): two people with no veto between them, not in
 * the same group, each strictly preferring the other (by s) to what her group gives her
 * (the mean of her s towards its other members; a pair a veto forbids gives 0), or alone.
 */
export function bruteForceBlockingPairs(
  participants: readonly ParticipantInput[],
  groups: readonly (readonly string[])[],
  options: MatchOptions,
): [string, string][] {
  const graph = compatibilityGraph(participants, options);
  const s = new Map<string, number>();
  for (const [i, j, , sIJ, sJI] of graph.edges) {
    s.set(`${graph.ids[i]}\u0000${graph.ids[j]}`, sIJ);
    s.set(`${graph.ids[j]}\u0000${graph.ids[i]}`, sJI);
  }
  const groupOf = new Map<string, number>();
  groups.forEach((group, g) => {
    for (const id of group) groupOf.set(id, g);
  });
  const value = (id: string): number => {
    const g = groupOf.get(id);
    if (g === undefined) return -Infinity;
    const others = groups[g]!.filter((other) => other !== id);
    let sum = 0;
    for (const other of others) sum += s.get(`${id}\u0000${other}`) ?? 0;
    return sum / others.length;
  };
  const blocking: [string, string][] = [];
  const ids = [...graph.ids].sort();
  for (let x = 0; x < ids.length; x++) {
    for (let y = x + 1; y < ids.length; y++) {
      const a = ids[x]!;
      const b = ids[y]!;
      const ab = s.get(`${a}\u0000${b}`);
      const ba = s.get(`${b}\u0000${a}`);
      if (ab === undefined || ba === undefined) continue;
      if (groupOf.has(a) && groupOf.get(a) === groupOf.get(b)) continue;
      if (ab > value(a) && ba > value(b)) blocking.push([a, b]);
    }
  }
  return blocking;
}

/** Every veto between two members of a group, as `members|feature|reason` strings, sorted. */
export function brokenVetoes(
  participants: readonly ParticipantInput[],
  groups: readonly (readonly string[])[],
  options: MatchOptions,
): string[] {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const out: string[] = [];
  for (const group of groups) {
    const members = [...group].sort();
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const explanation = explainPair(byId.get(members[x]!)!, byId.get(members[y]!)!, options);
        for (const veto of explanation.vetoes) out.push(`${members[x]}+${members[y]}|${veto.feature}|${veto.reason}`);
      }
    }
  }
  return out.sort();
}
