/**
 * `rematch`: re-matching after pairs did not work out, people left or joined, with as
 * little disruption as the keep policy allows, remembering what the programme has been
 * through.
 *
 * 1. Read and validate everything (previous result, change, options carried over from
 *    `previous.meta.options`, participants), collecting every issue.
 * 2. Ban, for good, every pair the history or this change dissolved.
 * 3. Re-check the groups the change left intact against the current profiles; a group
 *    a hard constraint now forbids is broken up (`diff.invalidated`).
 * 4. Choose who is re-matched (R) by the keep policy: the free people ("all"); the free
 *    people plus the members of the fewest intact pairs that must be broken for the
 *    most people to be matched ("fewest-broken", see fewest-broken.ts); everyone
 *    ("none", `{ churnPenalty }`).
 * 5. Solve R with the programme's solver, people left out last time first
 *    (solve-with-priority.ts); under "fewest-broken" a leftover that no group of R can
 *    take joins an intact pair as a trio, or takes a member out of an intact trio.
 * 6. Describe: kept groups keep their stored entry while their scores are unchanged,
 *    otherwise they are described afresh; unmatched people get reasons that hold for
 *    the whole programme.
 *
 * Only the pairs explored are scored: under "all" and "fewest-broken" the freed people
 * against everyone and the kept groups, never the whole n × n matrix (except for
 * cohorts small enough that the exact full solve is cheaper, see fewest-broken.ts).
 */
import type { Compatibility } from "../../compatibility/compatibility.js";
import { withBans } from "../shared/bans.js";
import { describeValue } from "../../errors/describe-value.js";
import { IssueList } from "../../errors/issues.js";
import { MatchInputError } from "../../errors/match-input-error.js";
import { didYouMean } from "../../errors/suggest.js";
import type { NormalisedCohort, ParticipantInput } from "../../model/index.js";
import { mergeCarriedOptions, normaliseCohort } from "../../model/index.js";
import { rawParticipantId } from "../../model/issues.js";
import { buildMatchResult } from "../peers/build-result.js";
import { resolvePeerPins } from "../peers/pins.js";
import { buildPeerCompatibility, peerCompatibility } from "../peers/peer-compatibility.js";
import type { MatchedGroup, MatchResult } from "../peers/match-result.js";
import { groupKey, pairsInGroups, uniquePairs } from "../shared/history.js";
import { resultMeta } from "../shared/meta.js";
import { resultWarnings, roundScore } from "../shared/result-helpers.js";
import { seededOrder } from "../shared/seeded-order.js";
import { WEIGHT_SCALE } from "../shared/weight-scale.js";
import type { KeepPlan, KeepStrategy } from "./fewest-broken.js";
import { planFewestBroken } from "./fewest-broken.js";
import type { PairScorer } from "./pair-scorer.js";
import { createPairScorer } from "./pair-scorer.js";
import type { PreviousState } from "./previous.js";
import { readPrevious } from "./previous.js";
import { describeGroupsAfresh, keptEntry, unmatchedInProgramme } from "./rematch-describe.js";
import type { Note, RematchPlan } from "./rematch-plan.js";
import type { GroupScores, RematchSolution, ResultGroup } from "./rematch-solution.js";
import { planRematch } from "./rematch-plan.js";
import type { InvalidatedGroup, KeepPolicy, RematchChange, RematchOptions, RematchResult } from "./rematch-types.js";
import { solutionFromMate, solveWithPriority } from "./solve-with-priority.js";

const KEEP_POLICIES = ["fewest-broken", "all", "none"] as const;

/**
 * Re-matches a programme after a change, keeping intact groups as the keep policy says.
 *
 * @param previous - the last `MatchResult` (or `RematchResult`), as returned or stored as JSON
 * @param change - pairs to dissolve, people who left, people who joined (validated strictly)
 * @param participants - everyone in the programme now, joiners included, with current profiles
 * @param options - match options plus `keep` (`"fewest-broken"` by default); match options not
 *   given are those recorded in `previous.meta.options`, field by field
 * @returns the new result with `diff`, `churn` and the programme's `history`; dissolved pairs
 *   (now or earlier in the history) are never formed again
 * @throws {@link MatchInputError} for bad input, or a change that does not fit the previous result
 * @example
 * ```ts
 * const first = matchPeers(cohort, { seed: "spring-2026" });
 * const [a, b] = first.pairs[0]!.members;
 * const next = rematch(first, { dissolve: [[a!, b!]] }, cohort); // seed "spring-2026" carried over
 * console.log(next.diff.formed, next.churn); // new groups for a and b, and who else had to move
 * ```
 */
export function rematch(
  previous: MatchResult,
  change: RematchChange,
  participants: readonly ParticipantInput[],
  options?: RematchOptions,
): RematchResult {
  return rematchWith(previous, change, participants, options, "auto");
}

/** {@link rematch} with a fewest-broken strategy (auto, or one way forced). */
function rematchWith(
  previous: unknown,
  change: unknown,
  participants: unknown,
  options: unknown,
  strategy: KeepStrategy,
): RematchResult {
  const started = performance.now();
  const issues = new IssueList("rematch");
  const optionsObject = isRecord(options) ? options : undefined;
  const { keep: rawKeep, ...explicit } = optionsObject ?? {};
  const keep = readKeep(rawKeep, issues);
  const state = readPrevious(previous, issues);
  const merged = mergeCarriedOptions(
    state?.carried ?? { options: {}, custom: [] },
    optionsObject === undefined ? options : explicit,
    "rematch",
  );
  issues.addAll(merged.issues);
  const rawIds = Array.isArray(participants)
    ? participants.flatMap((raw: unknown) => {
        const id = rawParticipantId(raw);
        return id === undefined ? [] : [id];
      })
    : [];
  const plan = state === undefined ? undefined : planRematch(state, change, rawIds, issues);
  let cohort: NormalisedCohort | undefined;
  try {
    cohort = normaliseCohort(withBans(participants, plan?.bans ?? []), merged.options, "rematch");
  } catch (error) {
    if (!(error instanceof MatchInputError)) throw error;
    issues.addAll(error.issues);
  }
  issues.throwIfAny();
  if (cohort === undefined || plan === undefined || state === undefined || keep === undefined)
    throw new Error("rematch: validation passed without a plan");
  if (typeof keep === "object" && cohort.options.solver !== "optimal") {
    issues.add(
      "invalid_value",
      ["options", "keep"],
      `keep.churnPenalty weighs churn against total weight, so it needs solver "optimal" (got "${cohort.options.solver}")`,
    );
    issues.throwIfAny();
  }
  const matchOptions = pinReferenceDate(
    merged.options as Record<string, unknown>,
    cohort.options.availability.referenceDate,
  );
  const solved = solveRematch(cohort, plan, keep, matchOptions, strategy);
  return finish(cohort, plan, state, solved, started);
}

/** The keep policy, default "fewest-broken"; undefined (with an issue) when invalid. */
function readKeep(keep: unknown, issues: IssueList): KeepPolicy | undefined {
  if (keep === undefined) return "fewest-broken";
  if (typeof keep === "string") {
    if ((KEEP_POLICIES as readonly string[]).includes(keep)) return keep as KeepPolicy;
    issues.add(
      "invalid_value",
      ["options", "keep"],
      `options.keep must be "fewest-broken", "all", "none" or { churnPenalty }, got ${JSON.stringify(keep)}${didYouMean(keep, KEEP_POLICIES)}`,
    );
    return undefined;
  }
  if (isRecord(keep)) {
    const extra = Object.keys(keep).filter((key) => key !== "churnPenalty");
    for (const key of extra)
      issues.add(
        "unrecognized_key",
        ["options", "keep", key],
        `options.keep.${key} is not a known field${didYouMean(key, ["churnPenalty"])}`,
      );
    const penalty = keep.churnPenalty;
    const valid = typeof penalty === "number" && Number.isFinite(penalty) && penalty >= 0;
    if (!valid)
      issues.add(
        "invalid_value",
        ["options", "keep", "churnPenalty"],
        `options.keep.churnPenalty must be a finite number >= 0, got ${describeValue(penalty)}`,
      );
    return valid && extra.length === 0 ? { churnPenalty: penalty } : undefined;
  }
  issues.add(
    "invalid_value",
    ["options", "keep"],
    `options.keep must be "fewest-broken", "all", "none" or { churnPenalty }, got ${describeValue(keep)}`,
  );
  return undefined;
}

function solveRematch(
  cohort: NormalisedCohort,
  plan: RematchPlan,
  keep: KeepPolicy,
  matchOptions: Record<string, unknown>,
  strategy: KeepStrategy,
): RematchSolution {
  const { n, ids } = cohort;
  const index = new Map(ids.map((id, i) => [id, i]));
  const scorer = createPairScorer(cohort, "rematch");
  const seeded = seededOrder(ids, cohort.options.seed);
  const banned = new Set(plan.bans.map(groupKey));

  // Re-check the intact groups against the current profiles.
  const notes = new Map(plan.notes);
  const invalidated: InvalidatedGroup[] = [];
  const invalidatedPeople = new Set<string>();
  let kept: { members: number[]; previousIndex: number; scores: GroupScores }[] = [];
  for (const group of plan.intact) {
    const members = group.members.map((id) => index.get(id)!);
    const checked = checkGroup(scorer, members, banned);
    if ("scores" in checked) {
      kept.push({ members, previousIndex: group.index, scores: checked.scores });
      continue;
    }
    const { veto } = checked;
    invalidated.push({ members: [...group.members], ...veto });
    for (const id of group.members) {
      invalidatedPeople.add(id);
      const others = group.members.filter((other) => other !== id);
      notes.set(
        id,
        (name) => `the pairing with ${others.map(name).join(" and ")} is no longer possible (${veto.reason})`,
      );
    }
  }
  scorer.throwIfInvalid();
  // Whatever order the previous result listed its groups in.
  kept.sort((x, y) => x.members[0]! - y.members[0]!);
  invalidated.sort((x, y) => (x.members[0]! < y.members[0]! ? -1 : 1));

  // Pinned people are re-matched: their pins form in the solve (a pin equal to a previous
  // group shows as kept in the diff), and the groups they leave free their partners.
  const pinned = new Uint8Array(n);
  for (const pin of cohort.options.pins) {
    for (const id of pin) {
      const i = index.get(id);
      if (i !== undefined) pinned[i] = 1;
    }
  }
  kept = kept.filter((group) => {
    if (!group.members.some((i) => pinned[i] === 1)) return true;
    for (const i of group.members) {
      if (pinned[i] === 1) continue;
      const others = group.members.filter((other) => other !== i).map((other) => ids[other]!);
      notes.set(
        ids[i]!,
        (name) => `the previous pairing with ${others.map(name).join(" and ")} was changed by the coordinator's pins`,
      );
    }
    return false;
  });

  const inKept = new Uint8Array(n);
  for (const group of kept) for (const i of group.members) inKept[i] = 1;
  const free: number[] = [];
  for (let i = 0; i < n; i++) if (inKept[i] === 0) free.push(i);
  const priority = new Uint8Array(n);
  for (const id of plan.priority) priority[index.get(id)!] = 1;
  const intactPartner = new Int32Array(n).fill(-1);
  for (const group of kept) {
    if (group.members.length !== 2) continue;
    intactPartner[group.members[0]!] = group.members[1]!;
    intactPartner[group.members[1]!] = group.members[0]!;
  }
  let cachedPlan: KeepPlan | undefined;
  const keepPlanFor = (): KeepPlan => {
    if (cachedPlan !== undefined) return cachedPlan;
    const pairs = kept
      .filter((group) => group.members.length === 2)
      .map((group) => [group.members[0]!, group.members[1]!] as const);
    const fixed = new Uint8Array(n);
    for (const group of kept) if (group.members.length === 3) for (const i of group.members) fixed[i] = 1;
    cachedPlan = planFewestBroken({ scorer, seeded, free, pairs, fixed, priority }, strategy);
    return cachedPlan;
  };

  let rematched: number[];
  let keepBonus: { partner: Int32Array; bonus: number } | undefined;
  if (keep === "all") rematched = free;
  else if (keep === "fewest-broken") {
    const keepPlan = keepPlanFor();
    const pairs = kept.filter((group) => group.members.length === 2);
    const brokenGroups = new Set(keepPlan.broken.map((q) => pairs[q]!));
    for (const group of brokenGroups) {
      for (const i of group.members) {
        const others = group.members.filter((other) => other !== i).map((other) => ids[other]!);
        notes.set(
          ids[i]!,
          (name) =>
            `the previous pairing with ${others.map(name).join(" and ")} was changed so that more people could be matched`,
        );
      }
    }
    kept = kept.filter((group) => !brokenGroups.has(group));
    const inR = new Uint8Array(n).fill(1);
    for (const group of kept) for (const i of group.members) inR[i] = 0;
    rematched = [];
    for (let i = 0; i < n; i++) if (inR[i] === 1) rematched.push(i);
  } else {
    rematched = Array.from({ length: n }, (_, i) => i);
    kept = [];
    if (typeof keep === "object") {
      keepBonus = { partner: intactPartner, bonus: Math.round(keep.churnPenalty * WEIGHT_SCALE) + 1 };
    }
  }

  // Solve R with the programme's solver.
  const compatibility: Compatibility =
    rematched.length === n
      ? peerCompatibility(cohort, "rematch")
      : buildPeerCompatibility(
          rematched.map((i) => cohort.participants[i]!),
          matchOptions,
          "rematch",
          0,
          "subset",
        );
  // compatibility indices are R's ids in sorted order, like `rematched`.
  const priorityR = Uint8Array.from(rematched, (i) => priority[i]!);
  const pins = resolvePeerPins(compatibility, "rematch");
  // With pins the plan below does not hold them, so the pinned solve falls back itself.
  let solution = solveWithPriority(compatibility, priorityR, keepBonus, pins, keep === "fewest-broken");
  if (keep === "fewest-broken" && pins.groups.length === 0) {
    // The plan broke pairs so that R can be matched as it matches R. A solver that is not
    // maximum-cardinality ("greedy") can match fewer: then the plan's matching stands, as
    // the policy promises the most people matched (and breaking pairs for fewer would
    // leave the cohort worse off than keeping them).
    const planMate = keepPlanFor().mate;
    const position = new Map(rematched.map((i, r) => [i, r]));
    const planned = new Int32Array(rematched.length).fill(-1);
    let plannedPairs = 0;
    rematched.forEach((i, r) => {
      const j = planMate[i]!;
      if (j === -1) return;
      planned[r] = position.get(j)!;
      if (j > i) plannedPairs++;
    });
    if (solution.grouping.groups.length < plannedPairs)
      solution = solutionFromMate(compatibility, planned, priorityR, solution.stableMatchingExists);
  }
  const fresh = buildMatchResult({ compatibility, ...solution, pins, timeMs: 0 });

  const groups: ResultGroup[] = kept.map((group) => ({
    members: group.members,
    origin: "kept",
    previousIndex: group.previousIndex,
    scores: group.scores,
  }));
  solution.grouping.groups.forEach((group, g) => {
    groups.push({ members: group.map((r) => rematched[r]!), origin: "fresh", entry: fresh.pairs[g]! });
  });
  let unmatched = solution.grouping.unmatched.map(({ index: r, reason }) => ({ index: rematched[r]!, reason }));

  // Under "fewest-broken" (oddHandling "trio"), a leftover no group of R can take joins a kept group.
  if (keep === "fewest-broken" && cohort.options.oddHandling === "trio") {
    const leftovers = unmatched.filter(({ reason }) => reason !== "odd-one-out").map(({ index: i }) => i);
    const attached = attachToKeptGroups(leftovers, groups, scorer, seeded, ids, notes);
    unmatched = unmatched.filter(({ index: i }) => !attached.has(i));
  }
  scorer.throwIfInvalid();
  return {
    scorer,
    groups,
    fresh,
    rematched,
    unmatched,
    invalidated,
    notes,
    invalidatedPeople,
    keep,
    keepPlan: keepPlanFor,
    intactPartner,
    freeCount: free.length,
  };
}

/**
 * A group checked against the current profiles: its scores, or the first hard constraint
 * inside it (dissolved pairs named as such).
 */
function checkGroup(
  scorer: PairScorer,
  members: readonly number[],
  banned: ReadonlySet<string>,
): { readonly scores: GroupScores } | { readonly veto: { feature: string; reason: string } } {
  const { ids } = scorer.cohort;
  const k = members.length;
  const s = new Float64Array(k * k);
  let weightSum = 0;
  for (let x = 0; x < k; x++) {
    for (let y = x + 1; y < k; y++) {
      const a = members[x]!;
      const b = members[y]!;
      const w = scorer.weight(a, b);
      if (Number.isNaN(w)) {
        const [p, q] = [ids[a]!, ids[b]!].sort();
        if (banned.has(groupKey([p!, q!])))
          return { veto: { feature: "dissolved", reason: `${p} and ${q}'s pairing was dissolved` } };
        const vetoes = scorer.vetoes(a, b);
        return { veto: vetoes[0] ?? { feature: "minScore", reason: "below the program's minimum score" } };
      }
      weightSum += w;
      s[x * k + y] = scorer.last[0]!;
      s[y * k + x] = scorer.last[1]!;
    }
  }
  return { scores: { s, weightSum } };
}

/**
 * A leftover joins an intact group: it takes one member out of an intact trio (the other
 * two stay a pair), or joins an intact pair as a trio; each breaks one group, and the
 * choice with the largest total score wins (the leftover with the best choice first).
 */
function attachToKeptGroups(
  leftovers: readonly number[],
  groups: ResultGroup[],
  scorer: PairScorer,
  seeded: { readonly position: Int32Array },
  ids: readonly string[],
  notes: Map<string, Note>,
): Set<number> {
  const attached = new Set<number>();
  const used = new Set<number>();
  const pending = [...leftovers].sort((a, b) => seeded.position[a]! - seeded.position[b]!);
  const weightCache = new Map<number, Map<number, number>>();
  const w = (u: number, j: number): number => {
    let row = weightCache.get(u);
    if (row === undefined) {
      row = new Map();
      weightCache.set(u, row);
    }
    let value = row.get(j);
    if (value === undefined) {
      value = scorer.weight(u, j);
      row.set(j, value);
    }
    return value;
  };
  for (;;) {
    let best: { u: number; g: number; gain: number; replace: number[][] } | undefined;
    for (const u of pending) {
      groups.forEach((group, g) => {
        if (group.origin !== "kept" || used.has(g)) return;
        const m = group.members;
        const options: { gain: number; replace: number[][] }[] = [];
        if (m.length === 2) {
          const [x, y] = m as [number, number];
          const wx = w(u, x);
          const wy = w(u, y);
          const wxy = scorer.weight(x, y);
          if (!Number.isNaN(wx) && !Number.isNaN(wy))
            options.push({ gain: (wxy + wx + wy) / 3 - wxy, replace: [[x, y, u]] });
        } else {
          const trio = (scorer.weight(m[0]!, m[1]!) + scorer.weight(m[0]!, m[2]!) + scorer.weight(m[1]!, m[2]!)) / 3;
          for (const member of m) {
            const wu = w(u, member);
            if (Number.isNaN(wu)) continue;
            const [o1, o2] = m.filter((other) => other !== member) as [number, number];
            options.push({
              gain: wu + scorer.weight(o1, o2) - trio,
              replace: [
                [o1, o2],
                [member, u],
              ],
            });
          }
        }
        for (const option of options) {
          if (best === undefined || option.gain > best.gain) best = { u, g, ...option };
        }
      });
    }
    if (best === undefined) break;
    const { u, g, replace } = best;
    const old = groups[g]!;
    used.add(g);
    groups[g] = { members: replace[0]!.sort((a, b) => a - b), origin: "changed" };
    for (const extra of replace.slice(1)) {
      used.add(groups.length);
      groups.push({ members: extra.sort((a, b) => a - b), origin: "changed" });
    }
    for (const i of old.members) {
      const others = old.members.filter((other) => other !== i).map((other) => ids[other]!);
      notes.set(
        ids[i]!,
        (name) =>
          `the previous group with ${others.map(name).join(" and ")} was changed so that ${name(ids[u]!)} could be matched`,
      );
    }
    attached.add(u);
    pending.splice(pending.indexOf(u), 1);
  }
  return attached;
}

/** Match options with the reference date fixed, so a partial re-score uses the cohort's date. */
function pinReferenceDate(options: Record<string, unknown>, referenceDate: string): Record<string, unknown> {
  const availability = isRecord(options.availability) ? options.availability : {};
  return { ...options, availability: { ...availability, referenceDate } };
}

/** Assembles the result: entries, unmatched reasons, stats, diff, churn, history and meta. */
function finish(
  cohort: NormalisedCohort,
  plan: RematchPlan,
  state: PreviousState,
  solved: RematchSolution,
  started: number,
): RematchResult {
  const { scorer, fresh } = solved;
  const toDescribe: number[][] = [];
  const described: (MatchedGroup | undefined)[] = solved.groups.map((group) => {
    if (group.origin === "fresh") return group.entry;
    if (group.origin === "kept") {
      const entry = keptEntry(scorer, group.members, group.scores!, state.entries[group.previousIndex!]!);
      if (entry !== undefined) return entry;
    }
    toDescribe.push([...group.members]);
    return undefined;
  });
  const afresh = describeGroupsAfresh(toDescribe, cohort);
  let next = 0;
  const entriesOut = described.map((entry) => entry ?? afresh[next++]!);

  const previousKeys = new Set(plan.previousGroups.map(groupKey));
  const index = new Map(cohort.ids.map((id, i) => [id, i]));
  const nameOf = (id: string): string => {
    const i = index.get(id);
    return (i === undefined ? undefined : cohort.participants[i]?.name) ?? id;
  };
  const pairs = entriesOut
    .map((pair) => {
      if (previousKeys.has(groupKey(pair.members))) return pair;
      const reasons = pair.members.flatMap((id) => {
        const note = solved.notes.get(id);
        return note === undefined ? [] : [`Re-matched ${nameOf(id)}: ${note(nameOf)}`];
      });
      return reasons.length === 0 ? pair : { ...pair, reasons: [...reasons, ...pair.reasons] };
    })
    .sort((x, y) => (x.members[0]! < y.members[0]! ? -1 : 1));
  const unmatched = solved.unmatched
    .map(({ index, reason }) => unmatchedInProgramme(index, reason, solved, cohort, plan))
    .sort((x, y) => (x.id < y.id ? -1 : 1));

  const scores = pairs.map((pair) => pair.score);
  const total = scores.reduce((sum, score) => sum + score, 0);
  const untouched = solved.groups.every((group) => group.origin === "fresh");
  const stats = untouched
    ? { ...fresh.stats }
    : {
        ...fresh.stats,
        participants: cohort.n,
        matched: pairs.reduce((sum, pair) => sum + pair.members.length, 0),
        pairs: pairs.filter((pair) => pair.members.length === 2).length,
        trios: pairs.filter((pair) => pair.members.length === 3).length,
        totalScore: roundScore(total),
        meanScore: roundScore(pairs.length > 0 ? total / pairs.length : 0),
        minScore: pairs.length > 0 ? scores.reduce((low, score) => Math.min(low, score)) : 0,
      };
  Object.defineProperty(stats, "timeMs", { value: performance.now() - started, enumerable: false });

  const groups = pairs.map((pair) => pair.members);
  const currentKeys = new Set(groups.map(groupKey));
  const changedPeople = new Set(plan.previousGroups.filter((group) => !currentKeys.has(groupKey(group))).flat());
  const left = new Set(plan.left);
  const churn = [...changedPeople].filter(
    (id) => !left.has(id) && !plan.affected.has(id) && !solved.invalidatedPeople.has(id),
  ).length;
  const bans = uniquePairs(state.dissolved, plan.bans);
  return {
    pairs,
    unmatched,
    blockingPairs: fresh.blockingPairs,
    warnings: resultWarnings(cohort.warnings),
    stats,
    history: { dissolved: bans, formed: uniquePairs(state.formed, pairsInGroups(groups)) },
    meta: resultMeta(cohort.options),
    diff: {
      kept: groups.filter((group) => previousKeys.has(groupKey(group))).map((group) => [...group]),
      formed: groups.filter((group) => !previousKeys.has(groupKey(group))).map((group) => [...group]),
      dissolved: plan.previousGroups
        .filter((group) => !currentKeys.has(groupKey(group)))
        .map((group) => [...group])
        .sort((x, y) => (groupKey(x) < groupKey(y) ? -1 : 1)),
      invalidated: solved.invalidated,
      left: [...plan.left],
      unmatched: unmatched.map((entry) => entry.id),
    },
    churn,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
