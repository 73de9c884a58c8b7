/**
 * The input of the circle solvers, its validation, and the units they work on.
 *
 * Numbering, used by every file in this folder: people are `0..n-1`. People that must
 * share a circle (a `together` group) form one *unit*; everyone else is a unit of one.
 * Units are `0..m-1`, numbered by their smallest person, so unit order follows person
 * order. A *circle* is a set of units whose people number between `minSize` and
 * `maxSize`, every two of whom may meet (finite weight), with a shared window when the
 * instance has one.
 *
 * The value of a circle C of s people with pair weights w is
 *
 *   v(C) = s · score(C),  score(C) = Σ_{pairs i<j in C} w(i, j) / (s(s − 1)/2),
 *
 * the mean pair weight times the size (equivalently, each member's mean weight to her
 * circle-mates, summed). A partition's objective is Σ v(C) over its circles.
 *
 * Complexity: `prepareCircles` is O(n² + m² · t) for t people per unit.
 * References: none.
 */
import { describeValue } from "../../errors/describe-value.js";
import { inputError, inputIssue } from "../../errors/issues.js";
import { MatchInputError } from "../../errors/match-input-error.js";
import type { MatchInputIssue } from "../../errors/match-input-error.js";
import type { CircleWindow, WindowSpace } from "./shared-window.js";
import { hasSharedWindow, windowSpace, windowWords } from "./shared-window.js";

/**
 * A circle-partition problem on people `0..n-1`.
 *
 * @example
 * ```ts
 * const n = 8;
 * const weight = new Float64Array(n * n).fill(0.5); // everyone may meet everyone
 * const instance: CircleInstance = { n, weight, minSize: 4, maxSize: 4 };
 * ```
 */
export interface CircleInstance {
  /** Number of people. */
  readonly n: number;
  /**
   * Pair weights, `weight[i · n + j]` = w(i, j), symmetric and finite, or NaN when i and j
   * may not share a circle. The diagonal is ignored.
   */
  readonly weight: Float64Array;
  /** Fewest people in a circle (≥ 2). */
  readonly minSize: number;
  /** Most people in a circle (≥ minSize, ≤ 64). */
  readonly maxSize: number;
  /** A shared window every circle needs, when set (see {@link CircleWindow}). */
  readonly window?: CircleWindow;
  /** Disjoint groups of people who must share a circle (or all stay out together). */
  readonly together?: readonly (readonly number[])[];
  /**
   * "No lone member" rules: per rule, `label[i]` is 1 when person i has the attribute; a
   * circle should hold none or at least two such people.
   */
  readonly noLone?: readonly Uint8Array[];
  /**
   * "At most `max` sharing a value" rules: per rule, `category[i]` is person i's value
   * (-1 for none); a circle should hold at most `max` people of any one value.
   */
  readonly maxShared?: readonly { readonly category: Int32Array; readonly max: number }[];
  /**
   * `facilitator[i]` is 1 for a facilitator. With F facilitators and K circles, every circle
   * should hold at least one when F ≥ K, and at most one when F < K.
   */
  readonly facilitator?: Uint8Array;
}

/** Largest circle the solvers accept. */
export const MAX_CIRCLE_SIZE = 64;

/** An instance with its units laid out for the solvers (see the numbering above). */
export interface PreparedCircles {
  readonly instance: CircleInstance;
  readonly n: number;
  readonly minSize: number;
  readonly maxSize: number;
  /** Number of units. */
  readonly m: number;
  /** People per unit. */
  readonly unitSize: Int32Array;
  /** Unit u's people are `unitPeople[unitOffsets[u] .. unitOffsets[u+1])`, ascending. */
  readonly unitOffsets: Int32Array;
  readonly unitPeople: Int32Array;
  readonly unitOf: Int32Array;
  /** `unitWeight[u · m + v]`: Σ of the pair weights between the people of u and v; NaN if any pair may not meet. */
  readonly unitWeight: Float64Array;
  /** Σ of the pair weights inside each unit. */
  readonly innerWeight: Float64Array;
  /** The window layout, or null when the instance needs no shared window. */
  readonly space: WindowSpace | null;
  /** Per unit, the AND of its people's window bitsets (empty when `space` is null). */
  readonly unitBits: Uint32Array;
  /** Feasible partners of each unit (finite unit weight and a shared window), by decreasing weight per person. */
  readonly partnerOffsets: Int32Array;
  readonly partners: Int32Array;
  /** Per noLone rule, labelled people per unit. */
  readonly unitLabels: readonly Int32Array[];
  /** Facilitators per unit (all zero without facilitators). */
  readonly unitFacilitators: Int32Array;
  /** Total facilitators F. */
  readonly facilitators: number;
}

/** One issue of `fn`, built by the shared issue builder. */
function issue(
  fn: string,
  path: (string | number)[],
  message: string,
  code: MatchInputIssue["code"] = "invalid_value",
) {
  return inputIssue(fn, code, path, message);
}

/** Validates an instance, throwing one `MatchInputError` with every problem found. O(n²). */
export function checkCircleInstance(fn: string, instance: CircleInstance): void {
  const issues: MatchInputIssue[] = [];
  const { n, weight, minSize, maxSize } = instance ?? ({} as CircleInstance);
  if (!Number.isInteger(n) || n < 0) {
    throw inputError(fn, "invalid_type", ["n"], `n must be a non-negative integer, got ${describeValue(n)}`);
  }
  if (!(weight instanceof Float64Array) || weight.length !== n * n) {
    issues.push(issue(fn, ["weight"], `weight must be a Float64Array of n² = ${n * n} entries`, "invalid_type"));
  } else {
    for (let i = 0; i < n && issues.length < 20; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = weight[i * n + j]!;
        const b = weight[j * n + i]!;
        if (Number.isNaN(a) !== Number.isNaN(b) || (!Number.isNaN(a) && a !== b) || a === Infinity || a === -Infinity) {
          issues.push(
            issue(
              fn,
              ["weight", i * n + j],
              `w(${i}, ${j}) = ${a} and w(${j}, ${i}) = ${b} must be equal and finite or both NaN`,
            ),
          );
        }
      }
    }
  }
  if (!Number.isInteger(minSize) || minSize < 2)
    issues.push(
      issue(fn, ["minSize"], `minSize must be an integer ≥ 2, got ${describeValue(minSize)}`, "out_of_range"),
    );
  if (!Number.isInteger(maxSize) || maxSize < minSize || maxSize > MAX_CIRCLE_SIZE) {
    issues.push(
      issue(
        fn,
        ["maxSize"],
        `maxSize must be an integer from minSize to ${MAX_CIRCLE_SIZE}, got ${describeValue(maxSize)}`,
        "out_of_range",
      ),
    );
  }
  const { window } = instance;
  if (window !== undefined) {
    const segments = window.lengths instanceof Int32Array ? window.lengths.length : -1;
    if (segments < 0 || window.lengths.some((length) => length <= 0)) {
      issues.push(issue(fn, ["window", "lengths"], "window.lengths must be an Int32Array of positive lengths"));
    } else if (!(window.bits instanceof Uint32Array) || window.bits.length !== n * windowWords(segments)) {
      issues.push(
        issue(
          fn,
          ["window", "bits"],
          `window.bits must be a Uint32Array of n · ⌈segments / 32⌉ = ${n * windowWords(segments)} words`,
        ),
      );
    }
    if (!(Number.isFinite(window.minLength) && window.minLength >= 0)) {
      issues.push(
        issue(
          fn,
          ["window", "minLength"],
          `window.minLength must be a finite number ≥ 0, got ${describeValue(window.minLength)}`,
        ),
      );
    }
  }
  const seen = new Int32Array(Math.max(0, n)).fill(-1);
  (instance.together ?? []).forEach((group, g) => {
    for (const person of group) {
      if (!Number.isInteger(person) || person < 0 || person >= n) {
        issues.push(
          issue(
            fn,
            ["together", g],
            `together group ${g} names ${describeValue(person)}, not a person 0..${n - 1}`,
            "out_of_range",
          ),
        );
      } else if (seen[person] !== -1) {
        issues.push(
          issue(
            fn,
            ["together", g],
            `person ${person} is in together groups ${seen[person]} and ${g}; groups must be disjoint`,
          ),
        );
      } else {
        seen[person] = g;
      }
    }
  });
  const perPerson = (name: string, arrays: readonly unknown[] | undefined, type: string) => {
    (arrays ?? []).forEach((array, k) => {
      if (!((array as { length?: unknown })?.length === n)) {
        issues.push(issue(fn, [name, k], `${name}[${k}] must be a ${type} of n = ${n} entries`, "invalid_type"));
      }
    });
  };
  perPerson("noLone", instance.noLone, "Uint8Array");
  perPerson(
    "maxShared",
    instance.maxShared?.map((rule) => rule.category),
    "Int32Array",
  );
  (instance.maxShared ?? []).forEach((rule, k) => {
    if (!Number.isInteger(rule.max) || rule.max < 1) {
      issues.push(
        issue(
          fn,
          ["maxShared", k, "max"],
          `maxShared[${k}].max must be an integer ≥ 1, got ${describeValue(rule.max)}`,
          "out_of_range",
        ),
      );
    }
  });
  if (instance.facilitator !== undefined && instance.facilitator.length !== n) {
    issues.push(issue(fn, ["facilitator"], `facilitator must be a Uint8Array of n = ${n} entries`, "invalid_type"));
  }
  if (issues.length > 0) throw new MatchInputError(issues);
}

/**
 * Validates `instance` and lays out its units. Throws `MatchInputError` for a malformed
 * instance, and for a together group that can never form a circle (more than `maxSize`
 * people, two members who may not meet, or no shared window).
 */
export function prepareCircles(fn: string, instance: CircleInstance): PreparedCircles {
  checkCircleInstance(fn, instance);
  const { n, weight, minSize, maxSize } = instance;
  const unitOf = new Int32Array(n).fill(-1);
  const groups: number[][] = [];
  for (const group of instance.together ?? []) if (group.length > 0) groups.push([...group].sort((a, b) => a - b));
  const groupOf = new Int32Array(n).fill(-1);
  groups.forEach((group, g) => {
    for (const person of group) groupOf[person] = g;
  });
  const unitLists: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (unitOf[i] !== -1) continue;
    const g = groupOf[i]!;
    const people = g === -1 ? [i] : groups[g]!;
    for (const person of people) unitOf[person] = unitLists.length;
    unitLists.push(people);
  }
  const m = unitLists.length;
  const unitOffsets = new Int32Array(m + 1);
  unitLists.forEach((people, u) => {
    unitOffsets[u + 1] = unitOffsets[u]! + people.length;
  });
  const unitPeople = Int32Array.from(unitLists.flat());
  const unitSize = Int32Array.from(unitLists, (people) => people.length);

  const space = instance.window === undefined ? null : windowSpace(instance.window);
  const words = space?.words ?? 0;
  const unitBits = new Uint32Array(m * words);
  const window = instance.window;
  if (window !== undefined) {
    unitLists.forEach((people, u) => {
      for (let k = 0; k < words; k++) {
        let word = -1 >>> 0;
        for (const person of people) word &= window.bits[person * words + k]!;
        unitBits[u * words + k] = word >>> 0;
      }
    });
  }

  const issues: MatchInputIssue[] = [];
  const innerWeight = new Float64Array(m);
  unitLists.forEach((people, u) => {
    if (people.length === 1) return;
    let sum = 0;
    for (let a = 0; a < people.length; a++) {
      for (let b = a + 1; b < people.length; b++) {
        const w = weight[people[a]! * n + people[b]!]!;
        if (Number.isNaN(w))
          issues.push(
            issue(
              fn,
              ["together"],
              `together group [${people.join(", ")}] holds ${people[a]} and ${people[b]}, who may not meet`,
            ),
          );
        sum += w;
      }
    }
    innerWeight[u] = sum;
    if (people.length > maxSize)
      issues.push(
        issue(
          fn,
          ["together"],
          `together group [${people.join(", ")}] has ${people.length} people, more than maxSize ${maxSize}`,
        ),
      );
    if (space !== null && !hasSharedWindow(space, unitBits, u * words, space.minLength)) {
      issues.push(
        issue(fn, ["together"], `together group [${people.join(", ")}] has no shared window of ${space.minLength}`),
      );
    }
  });
  if (issues.length > 0) throw new MatchInputError(issues);

  const unitWeight = new Float64Array(m * m);
  const scratch = new Uint32Array(words);
  for (let u = 0; u < m; u++) {
    unitWeight[u * m + u] = Number.NaN;
    for (let v = u + 1; v < m; v++) {
      let sum = 0;
      for (let a = unitOffsets[u]!; a < unitOffsets[u + 1]! && !Number.isNaN(sum); a++) {
        for (let b = unitOffsets[v]!; b < unitOffsets[v + 1]!; b++) sum += weight[unitPeople[a]! * n + unitPeople[b]!]!;
      }
      if (!Number.isNaN(sum) && unitSize[u]! + unitSize[v]! > maxSize) sum = Number.NaN;
      if (!Number.isNaN(sum) && space !== null && !pairWindow(space, unitBits, u, v, scratch)) sum = Number.NaN;
      unitWeight[u * m + v] = sum;
      unitWeight[v * m + u] = sum;
    }
  }

  const partnerOffsets = new Int32Array(m + 1);
  const partnerLists: number[][] = [];
  for (let u = 0; u < m; u++) {
    const list: number[] = [];
    for (let v = 0; v < m; v++) if (v !== u && !Number.isNaN(unitWeight[u * m + v]!)) list.push(v);
    const perPerson = (v: number) => unitWeight[u * m + v]! / unitSize[v]!;
    list.sort((a, b) => perPerson(b) - perPerson(a) || a - b);
    partnerLists.push(list);
    partnerOffsets[u + 1] = partnerOffsets[u]! + list.length;
  }
  const partners = Int32Array.from(partnerLists.flat());

  const unitLabels = (instance.noLone ?? []).map((label) =>
    Int32Array.from(unitLists, (people) => people.reduce((count, person) => count + (label[person]! ? 1 : 0), 0)),
  );
  const facilitator = instance.facilitator;
  const unitFacilitators = Int32Array.from(unitLists, (people) =>
    facilitator === undefined ? 0 : people.reduce((count, person) => count + (facilitator[person]! ? 1 : 0), 0),
  );
  let facilitators = 0;
  for (let u = 0; u < m; u++) facilitators += unitFacilitators[u]!;

  return {
    instance,
    n,
    minSize,
    maxSize,
    m,
    unitSize,
    unitOffsets,
    unitPeople,
    unitOf,
    unitWeight,
    innerWeight,
    space,
    unitBits,
    partnerOffsets,
    partners,
    unitLabels,
    unitFacilitators,
    facilitators,
  };
}

/** Whether units u and v share a window long enough. */
function pairWindow(space: WindowSpace, unitBits: Uint32Array, u: number, v: number, scratch: Uint32Array): boolean {
  for (let k = 0; k < space.words; k++) scratch[k] = unitBits[u * space.words + k]! & unitBits[v * space.words + k]!;
  return hasSharedWindow(space, scratch, 0, space.minLength);
}

/** v(C) for a circle of `size` people whose pair weights sum to `pairSum` (0 below two people). */
export function circleValue(pairSum: number, size: number): number {
  return size < 2 ? 0 : (2 * pairSum) / (size - 1);
}

/** score(C): the mean pair weight (0 below two people). */
export function circleScore(pairSum: number, size: number): number {
  return size < 2 ? 0 : (2 * pairSum) / (size * (size - 1));
}
