/**
 * Grammar for the sentences peermatch writes (reasons, details): a counted noun in the
 * singular or plural, and "a" or "an" before a word. One place, so every sentence gets
 * it right and a test over generated text can hold it to that.
 */

/**
 * `1 year`, `2 years`, `0.5 years`, `1 person`, `3 people`: the count and the noun, singular
 * only for exactly 1.
 *
 * @example
 * ```ts
 * countOf(1, "year"); // "1 year"
 * countOf(3, "person", "people"); // "3 people"
 * ```
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Words spelt with a vowel that start with a consonant sound ("a user"), and the reverse ("an hour"). */
const CONSONANT_SOUND = /^(?:uni|use|usu|uti|ure|eu|one|once|ubi)/i;
const VOWEL_SOUND = /^(?:hour|honest|honou?r|heir)/i;

/**
 * "a" or "an" for the word that follows, by its first sound as English spells it
 * usually: "an informal", "a structured", "an hour", "a one-on-one", "a user-led".
 *
 * @example
 * ```ts
 * article("informal"); // "an"
 * article("structured"); // "a"
 * ```
 */
export function article(word: string): "a" | "an" {
  const text = word.trim();
  if (VOWEL_SOUND.test(text)) return "an";
  if (CONSONANT_SOUND.test(text)) return "a";
  return /^[aeiou]/i.test(text) ? "an" : "a";
}
