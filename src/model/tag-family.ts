/**
 * Tag lists → `TagFamily` bitsets. Tags are compared lower-cased (they are already
 * trimmed) and interned into a vocabulary in first-seen order over the participants in
 * index order, so neither the numbering nor the display form depends on the caller's
 * input order. The display form is the tag as first written ("English", not "english").
 */
import type { TagFamily } from "./cohort.js";

/** Interns tags case-insensitively; one vocabulary may serve several families. */
export class TagVocabulary {
  readonly #index = new Map<string, number>();
  readonly tags: string[] = [];

  /** The bit index of `tag` (compared lower-cased), adding it as written when new. */
  intern(tag: string): number {
    const key = tag.toLowerCase();
    let bit = this.#index.get(key);
    if (bit === undefined) {
      bit = this.tags.length;
      this.#index.set(key, bit);
      this.tags.push(tag);
    }
    return bit;
  }
}

/**
 * Interns every tag of `lists` (one entry per person, undefined when the field is
 * missing) and returns each person's distinct bit indices.
 */
export function internTagLists(
  vocabulary: TagVocabulary,
  lists: readonly (readonly string[] | undefined)[],
): (number[] | undefined)[] {
  return lists.map((list) =>
    list === undefined ? undefined : [...new Set(list.map((tag) => vocabulary.intern(tag)))],
  );
}

/**
 * Packs per-person bit indices into a `TagFamily` over `vocabulary` (fill the
 * vocabulary completely first: `words` is fixed from its size).
 *
 * @example
 * ```ts
 * const vocabulary = new TagVocabulary();
 * const goals = internTagLists(vocabulary, [["Leadership"], undefined]);
 * packTagFamily(vocabulary, goals).count; // Uint16Array [1, 0]
 * ```
 */
export function packTagFamily(
  vocabulary: TagVocabulary,
  indices: readonly (readonly number[] | undefined)[],
): TagFamily {
  const n = indices.length;
  const words = Math.max(1, Math.ceil(vocabulary.tags.length / 32));
  const bits = new Uint32Array(n * words);
  const count = new Uint16Array(n);
  const present = new Uint8Array(n);
  indices.forEach((list, i) => {
    if (list === undefined) return;
    present[i] = 1;
    count[i] = list.length;
    for (const bit of list) {
      const word = i * words + (bit >>> 5);
      bits[word] = bits[word]! | (1 << (bit & 31));
    }
  });
  return { words, bits, count, present, vocabulary: vocabulary.tags };
}
