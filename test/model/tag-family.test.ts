import { describe, expect, it } from "vitest";
import { TagVocabulary, internTagLists, packTagFamily } from "../../src/model/tag-family.js";

describe("tag families", () => {
  it("interns case-insensitively in first-seen order and counts distinct tags", () => {
    const vocabulary = new TagVocabulary();
    const lists = internTagLists(vocabulary, [["SQL", "sql", "Design"], undefined, []]);
    expect(vocabulary.tags).toEqual(["SQL", "Design"]); // as first written
    expect(lists).toEqual([[0, 1], undefined, []]);
    const family = packTagFamily(vocabulary, lists);
    expect(family.words).toBe(1);
    expect(Array.from(family.bits)).toEqual([0b11, 0, 0]);
    expect(Array.from(family.count)).toEqual([2, 0, 0]);
    expect(Array.from(family.present)).toEqual([1, 0, 1]);
  });

  it("uses bit 31 of a word and moves to the next word at tag 32", () => {
    const vocabulary = new TagVocabulary();
    const tags = Array.from({ length: 33 }, (_, k) => `t${k}`);
    // The first list interns t0..t32 as bits 0..32.
    const lists = internTagLists(vocabulary, [tags, ["t31"], ["t32"]]);
    const family = packTagFamily(vocabulary, lists);
    expect(family.words).toBe(2);
    expect(Array.from(family.bits)).toEqual([0xffffffff, 1, 0x80000000, 0, 0, 1]);
  });
});
