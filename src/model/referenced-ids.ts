/**
 * Ids that participants and options refer to (`exclude`, `pastPartners`, `wishes`,
 * pins), checked against the cohort. A misspelt id must not silently drop a veto, so:
 *
 * - an id that is not in the cohort but equals someone in it up to case, surrounding
 *   whitespace or Unicode normalisation (NFKC) is an input issue with a did-you-mean;
 * - any other id outside the cohort (a leaver, someone of an earlier cohort) follows the
 *   `unknownIds` policy: a warning in the result (default), an issue, or nothing;
 *   wishes and pins that name someone outside the cohort are always issues;
 * - a participant naming herself (exactly) is ignored.
 *
 * Warnings are sorted by participant id, field and position, so they do not depend on
 * the input order.
 *
 * Complexity: O(r) map lookups for r referenced ids, plus a bounded budget of edit
 * distance computations for did-you-mean suggestions on unknown ids.
 */
import { closestName } from "../errors/suggest.js";

/**
 * What to do with an id outside the cohort that is no near-match of anyone in it.
 *
 * @example
 * ```ts
 * const policy: UnknownIdsPolicy = "error";
 * ```
 */
export type UnknownIdsPolicy = "warn" | "error" | "ignore";

/**
 * Something in the input that is allowed but probably worth a look: today an id in
 * `exclude` or `pastPartners` that names nobody in the cohort.
 *
 * @example
 * ```ts
 * const warning: MatchWarning = {
 *   code: "unknown_id",
 *   participantId: "ana",
 *   path: ["exclude", 0],
 *   id: "p013",
 *   message: 'matchPeers: participant "ana" exclude[0] "p013" is not in the cohort (did you mean "p012"?)',
 *   suggestion: "p012",
 * };
 * ```
 */
export interface MatchWarning {
  /** Machine-readable kind of warning. */
  code: "unknown_id";
  /** The participant whose list names the id. */
  participantId: string;
  /** Field and position in that participant's list: `["exclude", 2]`. */
  path: (string | number)[];
  /** The id that names nobody in the cohort. */
  id: string;
  /** A sentence for the coordinator, prefixed with the public function's name. */
  message: string;
  /** The closest id in the cohort, when one is close. */
  suggestion?: string;
}

/** The comparison key of an id: NFKC, trimmed, lower-cased. */
export function idKey(id: string): string {
  return id.normalize("NFKC").trim().toLowerCase();
}

/** How a referenced id relates to the cohort. */
export type IdMatch =
  | { readonly kind: "exact"; readonly index: number }
  | { readonly kind: "near"; readonly candidates: readonly string[] }
  | { readonly kind: "unknown" };

/** Looks ids up in a cohort: exactly, then up to case, whitespace and normalisation. */
export class IdIndex {
  readonly #exact: Map<string, number>;
  readonly #byKey = new Map<string, string[]>();
  readonly #ids: readonly string[];
  /** `#ids` in code-unit order, sorted on the first suggestion. */
  #sortedIds: readonly string[] | undefined;
  /** Edit-distance comparisons left for suggestions (keeps a large cohort fast). */
  #suggestionBudget = 2_000_000;

  /** `ids[i]` is the id of participant i (any order; ids unique). */
  constructor(ids: readonly string[]) {
    this.#ids = ids;
    this.#exact = new Map(ids.map((id, i) => [id, i]));
    for (const id of ids) {
      const key = idKey(id);
      const list = this.#byKey.get(key);
      if (list === undefined) this.#byKey.set(key, [id]);
      else list.push(id);
    }
  }

  /** Where `id` stands: in the cohort, a near-match of someone (ids sorted), or unknown. */
  match(id: string): IdMatch {
    const index = this.#exact.get(id);
    if (index !== undefined) return { kind: "exact", index };
    const near = this.#byKey.get(idKey(id));
    if (near !== undefined) return { kind: "near", candidates: [...near].sort() };
    return { kind: "unknown" };
  }

  /**
   * The closest id by edit distance when one is close (and the budget allows looking).
   * Candidates are tried in code-unit order, so a tie between two equally close ids is
   * broken the same way whatever order the participants came in.
   */
  suggest(id: string): string | undefined {
    if (this.#suggestionBudget <= 0) return undefined;
    this.#sortedIds ??= [...this.#ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const candidates = this.#sortedIds.filter((other) => Math.abs(other.length - id.length) <= 2);
    this.#suggestionBudget -= candidates.length;
    return closestName(id, candidates);
  }
}

/** One reference to check: who refers, from which field and position, to which id. */
export interface IdReference {
  readonly participantId: string;
  /** Where the issue points in the caller's input (e.g. `[3, "exclude", 0]`). */
  readonly issuePath: readonly (string | number)[];
  /** Field and position inside the participant: `["exclude", 0]`. */
  readonly field: "exclude" | "pastPartners" | "wishes";
  readonly position: number;
  readonly id: string;
}

/** A problem found by {@link checkReferences}: `near` with candidates, or `unknown` under an error policy. */
export interface ReferenceProblem {
  readonly reference: IdReference;
  readonly kind: "near" | "unknown";
  /** The cohort ids it may have meant (near: every match; unknown: the closest, if any). */
  readonly candidates: readonly string[];
}

/**
 * Checks references against the cohort: problems (to become input issues) and warnings
 * (sorted). `wishes` outside the cohort are always problems. Under `"subset"` (a part of
 * a cohort scored on its own: one pair, the people a re-match frees) nothing is: an id
 * outside the part may be someone else in the cohort, even one whose id differs only in
 * case ("bea" and "Bea"), so only the whole cohort can tell a misspelling.
 */
export function checkReferences(
  references: readonly IdReference[],
  index: IdIndex,
  policy: UnknownIdsPolicy | "subset",
  caller: string,
): { problems: ReferenceProblem[]; warnings: MatchWarning[] } {
  const problems: ReferenceProblem[] = [];
  const warnings: MatchWarning[] = [];
  const sorted = [...references].sort(
    (a, b) => compare(a.participantId, b.participantId) || compare(a.field, b.field) || a.position - b.position,
  );
  for (const reference of sorted) {
    if (reference.id === reference.participantId) continue;
    const found = index.match(reference.id);
    if (found.kind === "exact" || policy === "subset") continue;
    if (found.kind === "near") {
      // A near-match of herself is a self-reference written differently: ignored.
      if (found.candidates.length === 1 && found.candidates[0] === reference.participantId) continue;
      problems.push({ reference, kind: "near", candidates: found.candidates });
      continue;
    }
    if (policy === "ignore" && reference.field !== "wishes") continue;
    const suggestion = index.suggest(reference.id);
    if (policy === "error" || reference.field === "wishes") {
      problems.push({ reference, kind: "unknown", candidates: suggestion === undefined ? [] : [suggestion] });
      continue;
    }
    warnings.push({
      code: "unknown_id",
      participantId: reference.participantId,
      path: [reference.field, reference.position],
      id: reference.id,
      message: `${caller}: participant ${JSON.stringify(reference.participantId)} ${reference.field}[${reference.position}] ${JSON.stringify(reference.id)} is not in the cohort${suggestion === undefined ? "" : ` (did you mean ${JSON.stringify(suggestion)}?)`}`,
      ...(suggestion === undefined ? {} : { suggestion }),
    });
  }
  return { problems, warnings };
}

/** The message tail of a problem: `"Bea" is not in the cohort (did you mean "bea"?)`. */
export function describeProblem(problem: ReferenceProblem): string {
  const shown = JSON.stringify(problem.reference.id);
  const options = problem.candidates.map((id) => JSON.stringify(id)).join(" or ");
  if (problem.kind === "near")
    return `${shown} is not in the cohort, but differs from ${options} only in case, spaces or Unicode form (did you mean ${options}?)`;
  return `${shown} is not in the cohort${options === "" ? "" : ` (did you mean ${options}?)`}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
