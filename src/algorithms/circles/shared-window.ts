/**
 * Shared windows on a cyclic sequence of segments. The cycle is cut into S segments
 * of given lengths (segment S − 1 is followed by segment 0); a person holds a set of
 * segments, stored as a bitset of `words = ⌈S / 32⌉` words (bit s of word s >>> 5). A
 * group has a shared window of length L when the AND of its members' bitsets holds a
 * cyclic run of consecutive segments whose lengths add up to at least L.
 *
 * Complexity: O(S / 32) per test on words that are all zeros or all ones, O(S) at worst.
 * References: none.
 */

/** The segments of the cycle and the length a shared window needs. */
export interface CircleWindow {
  /** Length of each segment, in cycle order (positive integers). */
  readonly lengths: Int32Array;
  /** Person i holds segment s when bit s of `bits[i · words + (s >>> 5)]` is set (`words = ⌈S / 32⌉`). */
  readonly bits: Uint32Array;
  /** The shortest window a circle needs (≥ 0; 0 needs none). */
  readonly minLength: number;
}

/** A window laid out for fast tests: word count and the total length of each full word. */
export interface WindowSpace {
  readonly segments: number;
  readonly words: number;
  readonly lengths: Int32Array;
  /** Sum of the 32 segment lengths of word k (only for words whose 32 bits are all segments). */
  readonly wordLength: Float64Array;
  /** Length of the whole cycle. */
  readonly total: number;
  readonly minLength: number;
}

/** Words of a bitset over `segments` segments. */
export function windowWords(segments: number): number {
  return Math.ceil(segments / 32);
}

/** The layout of `window`'s segments. O(S). */
export function windowSpace(window: Pick<CircleWindow, "lengths" | "minLength">): WindowSpace {
  const segments = window.lengths.length;
  const words = windowWords(segments);
  const wordLength = new Float64Array(words);
  let total = 0;
  for (let s = 0; s < segments; s++) {
    wordLength[s >>> 5] = wordLength[s >>> 5]! + window.lengths[s]!;
    total += window.lengths[s]!;
  }
  return { segments, words, lengths: window.lengths, wordLength, total, minLength: window.minLength };
}

/**
 * Whether the bitset at `bits[offset .. offset + words)` holds a cyclic run of length at
 * least `minLength` (true for `minLength` 0).
 */
export function hasSharedWindow(space: WindowSpace, bits: Uint32Array, offset: number, minLength: number): boolean {
  if (minLength <= 0) return true;
  const { segments, words, lengths, wordLength } = space;
  let run = 0;
  let prefix = -1;
  for (let k = 0; k < words; k++) {
    const word = bits[offset + k]!;
    const base = k << 5;
    if (word === 0) {
      if (prefix < 0) prefix = run;
      run = 0;
      continue;
    }
    if (word === -1 >>> 0 && base + 32 <= segments) {
      run += wordLength[k]!;
      if (run >= minLength) return true;
      continue;
    }
    const last = Math.min(32, segments - base);
    for (let b = 0; b < last; b++) {
      if ((word >>> b) & 1) {
        run += lengths[base + b]!;
        if (run >= minLength) return true;
      } else {
        if (prefix < 0) prefix = run;
        run = 0;
      }
    }
  }
  return prefix >= 0 && run + prefix >= minLength;
}

/**
 * The longest cyclic run of the bitset: its first segment and its length (0 and 0 when
 * the bitset is empty; the whole cycle starts at segment 0). Among runs of equal length,
 * the one starting earliest.
 */
export function longestSharedWindow(
  space: WindowSpace,
  bits: Uint32Array,
  offset: number,
): { readonly start: number; readonly length: number } {
  const { segments, lengths } = space;
  const held = (s: number): boolean => ((bits[offset + (s >>> 5)]! >>> (s & 31)) & 1) === 1;
  let first = -1;
  for (let s = 0; s < segments; s++) {
    if (!held(s)) {
      first = s;
      break;
    }
  }
  if (first < 0) return { start: 0, length: segments === 0 ? 0 : space.total };
  // Walk the cycle once starting after a gap, so no run is cut by the wrap.
  let best = { start: 0, length: 0 };
  let runStart = -1;
  let run = 0;
  for (let step = 1; step <= segments; step++) {
    const s = (first + step) % segments;
    if (held(s)) {
      if (runStart < 0) runStart = s;
      run += lengths[s]!;
    } else if (runStart >= 0) {
      if (run > best.length || (run === best.length && runStart < best.start)) best = { start: runStart, length: run };
      runStart = -1;
      run = 0;
    }
  }
  return best;
}
