/**
 * The describing half of `rematch`: kept groups (their stored entry while it still
 * holds, else described afresh from the current profiles), and unmatched people with
 * reasons that hold for the whole programme, not only for the people re-matched.
 */
import { onDemandCompatibility } from "../../compatibility/compatibility.js";
import type { NormalisedCohort } from "../../model/index.js";
import { buildMatchResult } from "../peers/build-result.js";
import type { MatchedGroup, UnmatchedParticipant, UnmatchedReason } from "../peers/match-result.js";
import { groupKey } from "../shared/history.js";
import { roundScore, setOwn, summariseVetoes } from "../shared/result-helpers.js";
import type { KeepPlan } from "./fewest-broken.js";
import type { PairScorer } from "./pair-scorer.js";
import type { GroupScores, RematchSolution } from "./rematch-solution.js";
import type { RematchPlan } from "./rematch-plan.js";

/**
 * The stored entry of a kept group, when it is well formed and its scores are those of
 * the current profiles and options (so its reasons still hold); undefined otherwise.
 * `members` are cohort indices in id order.
 */
export function keptEntry(
  scorer: PairScorer,
  members: readonly number[],
  current: GroupScores,
  entry: Readonly<Record<string, unknown>>,
): MatchedGroup | undefined {
  const { ids, features } = scorer.cohort;
  const names = members.map((i) => ids[i]!);
  const { score, scores, breakdown, unknown, reasons } = entry;
  if (typeof score !== "number" || !isRecord(scores) || !isRecord(breakdown) || !Array.isArray(reasons))
    return undefined;
  if (!reasons.every((reason): reason is string => typeof reason === "string")) return undefined;
  // Results written before `unknown` existed are described afresh (which fills it in).
  if (!Array.isArray(unknown) || !unknown.every((name): name is string => features.includes(name))) return undefined;
  if (Object.keys(breakdown).length !== features.length || !features.every((name) => Object.hasOwn(breakdown, name)))
    return undefined;
  if (Object.keys(scores).length !== names.length) return undefined;

  const k = members.length;
  if (roundScore(k === 2 ? current.weightSum : current.weightSum / 3) !== score) return undefined;
  const scoresCopy: Record<string, number> = {};
  for (let x = 0; x < k; x++) {
    let sum = 0;
    for (let y = 0; y < k; y++) if (y !== x) sum += current.s[x * k + y]!;
    const expected = roundScore(sum / (k - 1));
    const stored = Object.hasOwn(scores, names[x]!) ? scores[names[x]!] : undefined;
    if (stored !== expected) return undefined;
    put(scoresCopy, names[x]!, expected);
  }
  const breakdownCopy: Record<string, number> = {};
  for (const name of features) {
    const value = breakdown[name];
    if (typeof value !== "number") return undefined;
    put(breakdownCopy, name, value);
  }
  return {
    members: names,
    score,
    scores: scoresCopy,
    breakdown: breakdownCopy,
    unknown: [...unknown],
    reasons: [...reasons],
  };
}

/**
 * Groups (cohort indices in id order) described from the current profiles, exactly as
 * `matchPeers` describes a group in this cohort (wish ranks count every wish naming
 * someone in the cohort). Scores are computed on demand for the groups' own pairs, so the
 * cost grows with the number of groups, not with the cohort.
 */
export function describeGroupsAfresh(groups: readonly (readonly number[])[], cohort: NormalisedCohort): MatchedGroup[] {
  if (groups.length === 0) return [];
  return buildMatchResult({
    compatibility: onDemandCompatibility(cohort, "rematch"),
    grouping: { groups, unmatched: [], trioGain: 0 },
    blockingPairs: [],
    stable: null,
    upperBound: null,
    maxCardinalityProven: true,
    timeMs: 0,
  }).pairs;
}

/**
 * Why someone is unmatched, said for the whole programme: whether anyone at all could
 * be paired with them, and, under `keep: "all"`, what the default policy would do.
 */
export function unmatchedInProgramme(
  index: number,
  reason: UnmatchedReason,
  solved: RematchSolution,
  cohort: NormalisedCohort,
  plan: RematchPlan,
): UnmatchedParticipant {
  const { scorer } = solved;
  const { ids, n } = cohort;
  const id = ids[index]!;
  const name = cohort.participants[index]?.name ?? id;
  const partners: number[] = [];
  for (let j = 0; j < n; j++) if (!Number.isNaN(scorer.weight(index, j))) partners.push(j);

  if (partners.length === 0) {
    const detail =
      n === 1
        ? "they are the only participant"
        : summariseVetoes(programmeVetoes(scorer, index, new Set(plan.bans.map(groupKey))));
    return {
      id,
      reason: "no-feasible-partner",
      detail: `No one in the programme can be paired with ${name}: ${detail}.`,
    };
  }
  const priorityNote = priorityNoteFor(index, solved, cohort, plan);
  if (reason === "odd-one-out") {
    return {
      id,
      reason,
      detail: `The programme has an odd number of people who can be paired and oddHandling is "unmatched", so one person sits out: ${name}${priorityNote}.`,
    };
  }
  const trio = cohort.options.oddHandling === "trio" ? ", and no group could take a third member" : "";
  if (solved.keep === "all") {
    const free = solved.rematched.length - 1;
    let compatibleFree = 0;
    for (const j of solved.rematched) if (j !== index && !Number.isNaN(scorer.weight(index, j))) compatibleFree++;
    const among =
      compatibleFree === 0
        ? `none of the ${free} other ${free === 1 ? "person" : "people"} free to re-match is compatible with ${name}`
        : `the ${compatibleFree} free ${compatibleFree === 1 ? "person" : "people"} compatible with ${name} ${compatibleFree === 1 ? "is" : "are"} paired with others`;
    return {
      id,
      reason: "partners-taken",
      detail: `${name} can be paired with ${count(partners.length)} in the programme, but keep "all" keeps every intact group and ${among}; ${defaultPolicyWould(index, name, solved)}.`,
    };
  }
  return {
    id,
    reason: "partners-taken",
    detail: `${name} could be paired with ${listOf(partners, ids)}, but every matching that pairs ${name} leaves someone else out${trio}${priorityNote}.`,
  };
}

/** An own property, also for the key "__proto__" (assignment would set the prototype). */
function put(record: Record<string, number>, key: string, value: number): void {
  if (key === "__proto__") setOwn(record, key, value);
  else record[key] = value;
}

function count(people: number): string {
  return `${people} ${people === 1 ? "person" : "people"}`;
}

function listOf(partners: readonly number[], ids: readonly string[]): string {
  const shown = partners
    .slice(0, 5)
    .map((j) => ids[j]!)
    .join(", ");
  return partners.length > 5 ? `${shown} and ${partners.length - 5} more` : shown;
}

/** The hard constraints between `index` and everyone else, dissolved pairs named as such. */
function programmeVetoes(
  scorer: PairScorer,
  index: number,
  banned: ReadonlySet<string>,
): { feature: string; reason: string }[][] {
  const { ids, n } = scorer.cohort;
  const lists: { feature: string; reason: string }[][] = [];
  for (let j = 0; j < n; j++) {
    if (j === index) continue;
    const [a, b] = [ids[index]!, ids[j]!].sort() as [string, string];
    if (banned.has(groupKey([a, b]))) {
      const rest = scorer.vetoes(index, j).filter((veto) => veto.feature !== "exclude");
      lists.push([{ feature: "dissolved", reason: `${a} and ${b}'s pairing was dissolved` }, ...rest]);
    } else lists.push(scorer.vetoes(index, j));
  }
  return lists;
}

/** "; bea, who sat out last time, is matched now" (or that this person sits out again, and why). */
function priorityNoteFor(index: number, solved: RematchSolution, cohort: NormalisedCohort, plan: RematchPlan): string {
  const id = cohort.ids[index]!;
  if (plan.priority.includes(id))
    return ` (${id} was left out last time too: every other choice leaves more people out)`;
  const unmatched = new Set(solved.unmatched.map(({ index: i }) => cohort.ids[i]!));
  const matchedNow = plan.priority.filter((other) => !unmatched.has(other));
  if (matchedNow.length === 0) return "";
  return `; ${matchedNow.join(", ")}, left out last time, ${matchedNow.length === 1 ? "is" : "are"} matched first`;
}

/** What `keep: "fewest-broken"` would do for this person. */
function defaultPolicyWould(index: number, name: string, solved: RematchSolution): string {
  const plan: KeepPlan = solved.keepPlan();
  const changed = groupsChangedFor(index, plan, solved.intactPartner);
  if (changed !== undefined) {
    return `the default keep policy ("fewest-broken") would re-match ${name} by changing ${changed} other ${changed === 1 ? "group" : "groups"}`;
  }
  if (solved.scorer.cohort.options.oddHandling === "trio" && canJoinKeptGroup(index, solved)) {
    return `the default keep policy ("fewest-broken") would add ${name} to an intact group as a third member (changing one other group)`;
  }
  return `the default keep policy ("fewest-broken") could not match ${name} without leaving someone else out either`;
}

/** Whether u is compatible with both members of a kept pair, or with one member of a kept trio. */
function canJoinKeptGroup(u: number, solved: RematchSolution): boolean {
  const { scorer } = solved;
  return solved.groups.some(
    (group) =>
      group.origin === "kept" &&
      (group.members.length === 2
        ? group.members.every((i) => !Number.isNaN(scorer.weight(u, i)))
        : group.members.some((i) => !Number.isNaN(scorer.weight(u, i)))),
  );
}

/** Intact groups changed along the path that matches u in `plan` (undefined when u stays single). */
function groupsChangedFor(u: number, plan: KeepPlan, partner: Int32Array): number | undefined {
  let v = plan.mate[u]!;
  if (v === -1) return undefined;
  let changed = 0;
  for (let guard = 0; guard < plan.mate.length && partner[v] !== -1; guard++) {
    changed++;
    const next = plan.mate[partner[v]!]!;
    if (next === -1) break;
    v = next;
  }
  return changed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
