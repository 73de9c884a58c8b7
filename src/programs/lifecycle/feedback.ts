/**
 * From meeting feedback to the change a coordinator would make. Programmes re-match a
 * pair that still does not work after two or three meetings; the default rule here is
 * that practice: a group with two or more meetings rated 2 or lower (on 1–5) by any
 * member is proposed for dissolving, with the reason. The output's `dissolve` can be
 * passed to `rematch` as `change.dissolve` as it is.
 */
import { IssueList } from "../../errors/issues.js";
import type { FeedbackRule, MeetingFeedback } from "../../model/index.js";
import { FeedbackRuleSchema, fromZodIssues, MeetingFeedbackSchema } from "../../model/index.js";
import { sortedPair, uniquePairs } from "../shared/history.js";

/** One group proposed for dissolving, and why. */
export interface DissolutionProposal {
  /** The group's members, sorted. */
  members: string[];
  /** Meetings of this group considered (on or after `since`). */
  meetings: number;
  /** Of those, the meetings some member rated at or below `lowRating`. */
  lowMeetings: number;
  /** A sentence for the coordinator. */
  reason: string;
}

/** What {@link proposeDissolutions} returns. */
export interface DissolutionProposals {
  /**
   * The pairs to dissolve, ready for `rematch(previous, { dissolve }, …)`: for a pair,
   * the pair; for a trio, each member who rated a meeting low with each other member.
   */
  dissolve: [string, string][];
  /** One entry per group proposed, sorted by members. */
  proposals: DissolutionProposal[];
}

const DEFAULT_LOW_RATING = 2;
const DEFAULT_LOW_MEETINGS = 2;

/**
 * Turns meeting feedback into proposed dissolutions: a group (pair or trio) with at least
 * `rule.lowMeetings` meetings (default 2) that some member rated at most `rule.lowRating`
 * (default 2, on 1–5), counting meetings on or after `rule.since` (default: all), is
 * proposed, with the reason.
 *
 * @param meetings - `{ members, date, ratings: { [id]: 1–5 } }` per meeting; ratings may be
 *   missing for members who did not answer, and may only name members
 * @param rule - thresholds, see above
 * @throws {@link MatchInputError} listing every malformed meeting or rule field
 * @example
 * ```ts
 * const { dissolve, proposals } = proposeDissolutions([
 *   { members: ["ana", "bea"], date: "2026-03-05", ratings: { ana: 2, bea: 4 } },
 *   { members: ["ana", "bea"], date: "2026-04-02", ratings: { ana: 1 } },
 *   { members: ["cleo", "dev"], date: "2026-04-02", ratings: { cleo: 5, dev: 4 } },
 * ]);
 * // dissolve: [["ana", "bea"]]; proposals[0].reason: "2 of 2 meetings were rated 2 or lower …"
 * const next = rematch(previous, { dissolve }, participants);
 * ```
 */
export function proposeDissolutions(
  meetings: readonly MeetingFeedback[],
  rule: FeedbackRule = {},
): DissolutionProposals {
  const issues = new IssueList("proposeDissolutions");
  if (!Array.isArray(meetings))
    issues.add("invalid_type", ["meetings"], "meetings must be an array of meeting feedback");
  const parsedRule = FeedbackRuleSchema.safeParse(rule, { reportInput: true });
  if (!parsedRule.success) {
    issues.addAll(
      fromZodIssues(
        parsedRule.error.issues,
        { caller: "proposeDissolutions", prefix: ["rule"], name: (field) => (field === "" ? "rule" : `rule.${field}`) },
        FeedbackRuleSchema,
        rule,
      ),
    );
  }
  const valid: { members: string[]; date: string; ratings: Record<string, number> }[] = [];
  (Array.isArray(meetings) ? meetings : []).forEach((raw: unknown, k) => {
    const name = (field: string): string =>
      field === "" ? `meetings[${k}]` : `meetings[${k}]${field.startsWith("[") ? "" : "."}${field}`;
    const parsed = MeetingFeedbackSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      issues.addAll(
        fromZodIssues(
          parsed.error.issues,
          { caller: "proposeDissolutions", prefix: [k], name },
          MeetingFeedbackSchema,
          raw,
        ),
      );
      return;
    }
    const { members, date, ratings } = parsed.data;
    if (new Set(members).size !== members.length)
      issues.add("duplicate_id", [k, "members"], `${name("members")} names someone twice`);
    for (const id of Object.keys(ratings)) {
      if (!members.includes(id))
        issues.add("unknown_id", [k, "ratings", id], `${name("ratings")} rates "${id}", who is not a member`, id);
    }
    valid.push({ members: [...members].sort(), date, ratings });
  });
  issues.throwIfAny();
  const lowRating = parsedRule.data?.lowRating ?? DEFAULT_LOW_RATING;
  const lowNeeded = parsedRule.data?.lowMeetings ?? DEFAULT_LOW_MEETINGS;
  const since = parsedRule.data?.since;

  const byGroup = new Map<string, { members: string[]; meetings: number; low: { date: string; raters: string[] }[] }>();
  for (const meeting of valid) {
    if (since !== undefined && meeting.date < since) continue;
    const key = meeting.members.join("\u0000");
    const group = byGroup.get(key) ?? { members: meeting.members, meetings: 0, low: [] };
    byGroup.set(key, group);
    group.meetings++;
    const raters = meeting.members.filter((id) => {
      const rating = Object.hasOwn(meeting.ratings, id) ? meeting.ratings[id] : undefined;
      return rating !== undefined && rating <= lowRating;
    });
    if (raters.length > 0) group.low.push({ date: meeting.date, raters });
  }
  const proposals: DissolutionProposal[] = [];
  const dissolve: [string, string][] = [];
  for (const group of [...byGroup.values()].sort((x, y) => (x.members.join() < y.members.join() ? -1 : 1))) {
    if (group.low.length < lowNeeded) continue;
    const low = [...group.low].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    const detail = low.map(({ date, raters }) => `${raters.join(" and ")} on ${date}`).join(", ");
    proposals.push({
      members: group.members,
      meetings: group.meetings,
      lowMeetings: low.length,
      reason: `${low.length} of ${group.meetings} meetings${since === undefined ? "" : ` since ${since}`} were rated ${lowRating} or lower (${detail}); the rule proposes a new match after ${lowNeeded}`,
    });
    if (group.members.length === 2) dissolve.push(sortedPair(group.members[0]!, group.members[1]!));
    else {
      const raters = new Set(low.flatMap(({ raters: who }) => who));
      for (const rater of raters)
        for (const other of group.members) if (other !== rater) dissolve.push(sortedPair(rater, other));
    }
  }
  return { dissolve: uniquePairs(dissolve), proposals };
}
