/**
 * `simulateProgramme`: a seeded peer-mentoring programme over months, run under several
 * matching policies on the same people, joiners, leavers and rating noise, and
 * summarised per policy. The months are run by the programme lifecycle itself
 * (`matchPeers`, `rematch`, `rotate`, `proposeDissolutions`), the ratings by the hidden
 * quality model of `simulateOutcomes`, learned weights by `fitWeights`; see
 * run-policy.ts for one month's steps and programme-events.ts for who is in when.
 *
 * Complexity: policies × months × (one lifecycle call + scoring the new pairs), plus one
 * fit a month for a learned policy.
 * References: none.
 */
import { inputIssue } from "../../errors/issues.js";
import { MatchInputError, type MatchInputIssue } from "../../errors/match-input-error.js";
import { rawParticipantId } from "../../model/issues.js";
import { readScoredInput } from "../../model/research-input.js";
import {
  type ProgrammePolicy,
  type SimulateProgrammeOptions,
  SimulateProgrammeOptionsSchema,
} from "../../model/research-options-schema.js";
import { didYouMean } from "../../errors/suggest.js";
import type { NormalisedCohort } from "../../model/cohort.js";
import { checkHiddenWeights, DEFAULT_NOISE, hiddenWeights } from "../hidden-quality.js";
import { drawEvents } from "./programme-events.js";
import type { ProgrammeSimulation, ResolvedProgrammePolicy } from "./programme-types.js";
import { type ProgrammeSetting, runPolicy, weightsInEffect } from "./run-policy.js";

const CALLER = "simulateProgramme";
const OWN_KEYS = [
  "trueWeights",
  "noise",
  "months",
  "policies",
  "dropoutRate",
  "joinShare",
  "dissolveAfter",
  "goodQuality",
  "learnFrom",
  "oddHandling",
] as const;

const DEFAULT_MONTHS = 12;
const DEFAULT_DROPOUT_RATE = 0.02;
const DEFAULT_JOIN_SHARE = 0.1;
/** A group a member would rate 4 or 5 without noise: round(1 + 4q) ≥ 4. */
const DEFAULT_GOOD_QUALITY = 0.625;
const DEFAULT_LEARN_FROM = 3;

/** The policies compared when none are given. */
const DEFAULT_POLICIES: readonly ProgrammePolicy[] = [
  { solver: "optimal" },
  { solver: "optimal", keep: "all" },
  { solver: "optimal", keep: "none" },
  { solver: "stable" },
  { solver: "optimal", weights: "learned" },
];

/**
 * Simulates a peer-mentoring programme over `months` (default 12) under several
 * matching policies, and summarises each. Every month each group meets once and each
 * member rates the meeting: the group's hidden quality under `trueWeights` (the model
 * of `simulateOutcomes`: the weighted mean of the pair's feature scores) plus Gaussian
 * noise of standard deviation `noise`, mapped to 1–5. A group with two meetings rated 2
 * or lower (`dissolveAfter`) is dissolved and its people re-matched with `rematch` under
 * the policy's keep policy; dissolved pairs are never paired again. People leave
 * (`dropoutRate` a month) and join (`joinShare` of the participants, held back to a
 * month from 2 on); a policy may rotate partners every few months (`rotate`) or match
 * with weights `fitWeights` learns from the ratings so far.
 *
 * The people, joiners, leavers and each meeting's noise are the same under every policy,
 * so the runs differ by policy only; everything is seeded, and the result is the same
 * JSON for the same input and options, whatever the order of the participants. Pass
 * `availability.referenceDate`: the meeting dates and the scoring depend on it (it
 * defaults to today, as in `matchPeers`).
 *
 * @param participants - everyone who takes part at some point (validated as in `matchPeers`)
 * @param options - `trueWeights` (required), `policies`, the programme settings and scoring options; see `SimulateProgrammeOptions`
 * @returns per policy, its months and a summary (mean true quality, people ever left alone, churn, repeated pairs, months to a good pair)
 * @throws {@link MatchInputError} for bad participants or options (an unknown feature in
 *   `trueWeights` or a policy's weights, two policies with one name, a churn penalty
 *   without solver `"optimal"`, …)
 * @example
 * ```ts
 * import { generateCohort } from "peermatch";
 * import { simulateProgramme } from "peermatch/research";
 *
 * const people = generateCohort(60, { seed: "year" });
 * const simulation = simulateProgramme(people, {
 *   trueWeights: { goals: 4, complementarity: 3, availability: 2, communication: 1 },
 *   policies: [{ solver: "optimal" }, { solver: "optimal", keep: "none" }, { solver: "optimal", weights: "learned" }],
 *   availability: { referenceDate: "2026-01-15" },
 *   seed: "year-1",
 * });
 * for (const run of simulation.policies) console.log(run.name, run.summary.meanQuality, run.summary.churn);
 * ```
 */
export function simulateProgramme(participants: unknown[], options: SimulateProgrammeOptions): ProgrammeSimulation {
  const input = readScoredInput(participants, options, SimulateProgrammeOptionsSchema, OWN_KEYS, CALLER);
  const issues: MatchInputIssue[] = [...input.issues];
  const cohort = input.cohort;
  const settings = input.options;
  const policies = settings === undefined ? [] : resolvePolicies(settings.policies ?? DEFAULT_POLICIES, issues);
  if (cohort !== undefined && settings !== undefined) {
    const { features } = cohort;
    checkHiddenWeights(
      settings.trueWeights,
      features,
      cohort.options.industry,
      CALLER,
      ["options", "trueWeights"],
      issues,
    );
    policies.forEach((policy, k) => {
      if (typeof policy.weights === "object") checkPolicyWeights(policy.weights, cohort, k, issues);
    });
  }
  if (issues.length > 0 || cohort === undefined || settings === undefined) throw new MatchInputError(issues);

  const months = settings.months ?? DEFAULT_MONTHS;
  const seed = cohort.options.seed;
  const byId = new Map<string, unknown>();
  for (const raw of participants) byId.set(rawParticipantId(raw)!, raw);
  const setting: ProgrammeSetting = {
    cohort,
    profiles: cohort.ids.map((id) => byId.get(id)),
    events: drawEvents(
      cohort.ids,
      seed,
      months,
      settings.joinShare ?? DEFAULT_JOIN_SHARE,
      settings.dropoutRate ?? DEFAULT_DROPOUT_RATE,
    ),
    months,
    seed,
    noise: settings.noise ?? DEFAULT_NOISE,
    rule: settings.dissolveAfter ?? {},
    goodQuality: settings.goodQuality ?? DEFAULT_GOOD_QUALITY,
    learnFrom: settings.learnFrom ?? DEFAULT_LEARN_FROM,
    hidden: hiddenWeights(settings.trueWeights, cohort.features),
    scoring: pinnedScoring(options, seed, cohort.options.availability.referenceDate),
    oddHandling: settings.oddHandling ?? "trio",
    quality: new Map(),
  };
  const { startMonth, leaveAfter } = setting.events;
  const byMonthThenId = (a: { id: string; month: number }, b: { id: string; month: number }) =>
    a.month - b.month || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    months,
    seed,
    participants: cohort.n,
    initial: startMonth.filter((start) => start === 1).length,
    joiners: cohort.ids
      .flatMap((id, i) => (startMonth[i]! > 1 ? [{ id, month: startMonth[i]! }] : []))
      .sort(byMonthThenId),
    leavers: cohort.ids
      .flatMap((id, i) => (Number.isFinite(leaveAfter[i]!) ? [{ id, month: leaveAfter[i]! }] : []))
      .sort(byMonthThenId),
    policies: policies.map((policy) => runPolicy(setting, policy)),
  };
}

/** Policies with defaults filled in and names derived; an issue for each name used twice. */
function resolvePolicies(policies: readonly ProgrammePolicy[], issues: MatchInputIssue[]): ResolvedProgrammePolicy[] {
  const seen = new Map<string, number>();
  return policies.map((policy, k) => {
    const resolved: ResolvedProgrammePolicy = {
      name: "",
      solver: policy.solver ?? "optimal",
      keep: policy.keep ?? "fewest-broken",
      weights: policy.weights ?? "default",
      rotateEvery: policy.rotateEvery ?? null,
    };
    resolved.name = policy.name ?? policyName(resolved);
    const first = seen.get(resolved.name);
    if (first !== undefined) {
      issues.push(
        inputIssue(
          CALLER,
          "invalid_value",
          ["options", "policies", k, "name"],
          `options.policies[${k}] is named ${JSON.stringify(resolved.name)}, like options.policies[${first}]; give each policy its own name`,
        ),
      );
    } else seen.set(resolved.name, k);
    return resolved;
  });
}

/**
 * Fixed weights of policy `k`: every name is a feature (with a did-you-mean), and the
 * weights in effect (features left out keep their default weight, as in `matchPeers`)
 * are not all 0.
 */
function checkPolicyWeights(
  weights: Readonly<Record<string, number>>,
  cohort: NormalisedCohort,
  k: number,
  issues: MatchInputIssue[],
): void {
  const path = ["options", "policies", k, "weights"];
  const label = `options.policies[${k}].weights`;
  for (const name of Object.keys(weights)) {
    if (cohort.features.includes(name)) continue;
    const hint = didYouMean(name, cohort.features) || ` (features: ${cohort.features.join(", ")})`;
    issues.push(inputIssue(CALLER, "unrecognized_key", [...path, name], `${label}.${name} is not a feature${hint}`));
  }
  const inEffect = Object.values(weightsInEffect(cohort, weights));
  if (!inEffect.some((weight) => weight > 0)) {
    issues.push(inputIssue(CALLER, "invalid_value", path, `${label} gives every feature weight 0`));
  }
}

/** "optimal, keep fewest-broken, default weights" (plus ", rotate every 3 months"). */
function policyName(policy: ResolvedProgrammePolicy): string {
  const keep = typeof policy.keep === "object" ? `churn penalty ${policy.keep.churnPenalty}` : `keep ${policy.keep}`;
  const weights = typeof policy.weights === "object" ? "fixed weights" : `${policy.weights} weights`;
  const rotation =
    policy.rotateEvery === null
      ? ""
      : `, rotate every ${policy.rotateEvery === 1 ? "month" : `${policy.rotateEvery} months`}`;
  return `${policy.solver}, ${keep}, ${weights}${rotation}`;
}

/** The caller's scoring options (without the simulation's own keys), with the seed and reference date pinned. */
function pinnedScoring(options: object, seed: string, referenceDate: string): Record<string, unknown> {
  const scoring: Record<string, unknown> = {};
  for (const key of Object.keys(options)) {
    if ((OWN_KEYS as readonly string[]).includes(key)) continue;
    Object.defineProperty(scoring, key, {
      value: (options as Record<string, unknown>)[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const availability = scoring.availability;
  scoring.availability = { ...(typeof availability === "object" ? availability : {}), referenceDate };
  scoring.seed = seed;
  return scoring;
}
