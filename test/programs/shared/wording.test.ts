/**
 * The sentences peermatch writes, held to English: every reason and detail of generated
 * results (peers, mentors, rotation, re-match) checked for "a"/"an", singular and plural
 * after a count, and no raw codes; and each wording choice pinned by an example built so
 * that the choice is visible (one tag or two, one year or several).
 */
import { describe, expect, it } from "vitest";
import { generateCohort, matchMentors, matchPeers, rematch, rotate } from "peermatch";
import type { MatchOptions, ParticipantInput } from "peermatch";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };

/** Nouns the sentences count. */
const NOUNS = ["year", "hour", "person", "people", "pair", "group", "mentee", "mentor", "round", "place", "month"];
/** Codes that belong in JSON fields, never in a sentence. */
const RAW_CODES = [
  "no-feasible-partner",
  "partners-taken",
  "odd-one-out",
  "not-taking-mentees",
  "pastPartners",
  "minScore",
  "exclude rules",
  "rotation rules",
  "undefined",
  "NaN",
  "null",
];

/** Every grammar slip found in `text`, as readable strings (empty when there is none). */
function grammarSlips(text: string): string[] {
  const slips: string[] = [];
  for (const match of text.matchAll(/\b(a|an) ([A-Za-z][\w-]*)/g)) {
    const [, word, next] = match;
    const vowel = /^[aeiou]/i.test(next!) && !/^(uni|use|usu|one|eu)/i.test(next!);
    const expected = vowel || /^(hour|honest)/i.test(next!) ? "an" : "a";
    if (word !== expected && !/^[A-Z]\.?$/.test(next!)) slips.push(`"${match[0]}"`);
  }
  for (const match of text.matchAll(/(?<![\d.])(\d+(?:\.\d+)?) (\w+)/g)) {
    const [, number, noun] = match;
    const singular = noun!.replace(/s$/, "") === noun ? noun! : noun!.replace(/s$/, "");
    const known = NOUNS.includes(singular) || NOUNS.includes(noun!);
    if (!known) continue;
    const isPlural = noun === "people" || (noun!.endsWith("s") && noun !== "person");
    if (Number(number) === 1 && isPlural) slips.push(`"${match[0]}"`);
    if (Number(number) !== 1 && !isPlural) slips.push(`"${match[0]}"`);
  }
  for (const code of RAW_CODES) if (text.includes(code)) slips.push(`raw code "${code}"`);
  return slips;
}

describe("grammarSlips (the checker itself)", () => {
  it("finds the slips this test exists for, and passes correct sentences", () => {
    expect(grammarSlips("Similar experience (1 years apart)")).not.toEqual([]);
    expect(grammarSlips("Both prefer a informal style")).not.toEqual([]);
    expect(grammarSlips("language rules out 2 person")).not.toEqual([]);
    expect(grammarSlips("Not placed: partners-taken")).not.toEqual([]);
    expect(grammarSlips("Similar experience (1 year apart); an informal style; 3 people; 0.5 years")).toEqual([]);
  });
});

describe("sentences in generated results", () => {
  it("have no grammar slips and no raw codes", () => {
    const texts: string[] = [];
    for (const seed of ["w1", "w2", "w3"]) {
      const cohort = generateCohort(40, { seed });
      const peers = matchPeers(cohort, { ...OPTIONS, oddHandling: "unmatched" });
      texts.push(...peers.pairs.flatMap((pair) => pair.reasons), ...peers.unmatched.map((entry) => entry.detail));
      const mentors = cohort.slice(0, 12).map((p) => ({ ...p, capacity: 2 }));
      const mentees = cohort.slice(12);
      const mentoring = matchMentors(mentors, mentees, { ...OPTIONS, experience: { minGapYears: 1 } });
      texts.push(
        ...mentoring.assignments.flatMap((a) => a.mentees.flatMap((m) => m.reasons)),
        ...mentoring.unmatched.map((entry) => entry.detail),
      );
      const schedule = rotate(cohort.slice(0, 16), { ...OPTIONS, rounds: 4 });
      for (const round of schedule.rounds)
        texts.push(...round.pairs.flatMap((pair) => pair.reasons), ...round.unmatched.map((entry) => entry.detail));
      const [a, b] = peers.pairs[0]!.members;
      const again = rematch(peers, { dissolve: [[a!, b!]] }, cohort, { keep: "all" });
      texts.push(...again.pairs.flatMap((pair) => pair.reasons), ...again.unmatched.map((entry) => entry.detail));
    }
    expect(texts.length).toBeGreaterThan(100);
    const slips = texts.flatMap((text) => grammarSlips(text).map((slip) => `${slip} in: ${text}`));
    expect(slips).toEqual([]);
  });
});

describe("wording choices, pinned", () => {
  const reasonsOf = (people: readonly ParticipantInput[], options: MatchOptions = {}) =>
    matchPeers(people, { ...OPTIONS, ...options }).pairs[0]!.reasons;

  it("complementarity: singular for one covered growth area, plural from two on", () => {
    const one = reasonsOf([
      { id: "a", name: "Ana", strengths: ["sql"], growthAreas: ["design"] },
      { id: "b", name: "Bo", strengths: ["design"], growthAreas: ["sql"] },
    ]);
    expect(one).toContain(
      "Bo's strength in design covers Ana's growth area; Ana's strength in sql covers Bo's growth area",
    );
    const two = reasonsOf([
      { id: "a", name: "Ana", strengths: ["sql", "python"], growthAreas: ["x"] },
      { id: "b", name: "Bo", growthAreas: ["sql", "python"], strengths: ["y"] },
    ]);
    expect(two.join(" | ")).toContain("Ana's strengths in sql and python cover Bo's growth areas");
  });

  it("experience: one year, several years, and the same experience", () => {
    const gap = (x: number, y: number) =>
      reasonsOf([
        { id: "a", experienceYears: x },
        { id: "b", experienceYears: y },
      ]);
    expect(gap(3, 4)).toContain("Similar experience (1 year apart)");
    expect(gap(3, 5)).toContain("Similar experience (2 years apart)");
    expect(gap(1, 1)).toContain("Same experience (1 year each)");
    expect(gap(6, 6)).toContain("Same experience (6 years each)");
  });

  it("commitment: one hour, several hours", () => {
    const hours = (x: number) =>
      reasonsOf([
        { id: "a", hoursPerMonth: x },
        { id: "b", hoursPerMonth: x },
      ]);
    expect(hours(1)).toContain("Both can give 1 hour a month");
    expect(hours(4)).toContain("Both can give 4 hours a month");
  });

  it('communication: "a" or "an" before a single style, plural for two', () => {
    const styles = (list: string[]) =>
      reasonsOf([
        { id: "a", communication: { styles: list } },
        { id: "b", communication: { styles: list } },
      ]);
    expect(styles(["informal"])).toContain("Both prefer an informal style");
    expect(styles(["structured"])).toContain("Both prefer a structured style");
    expect(styles(["informal", "direct"]).join(" | ")).toMatch(
      /Both prefer (informal and direct|direct and informal) styles/,
    );
  });

  it("goals: one shared goal, several shared goals", () => {
    const goals = (list: string[]) =>
      reasonsOf([
        { id: "a", goals: list },
        { id: "b", goals: list },
      ]);
    expect(goals(["promotion"])).toContain("Shared goal: promotion");
    expect(goals(["promotion", "leadership"]).join(" | ")).toMatch(
      /Shared goals: (promotion and leadership|leadership and promotion)/,
    );
  });

  it("vetoes: one person, several people, and constraints named in words", () => {
    const result = matchPeers(
      [
        { id: "x", languages: ["fr"], exclude: ["y"] },
        { id: "y", languages: ["de"] },
        { id: "z", languages: ["de"] },
      ],
      { ...OPTIONS, oddHandling: "unmatched" },
    );
    const detail = result.unmatched.find((entry) => entry.id === "x")!.detail;
    expect(detail).toContain("language rules out 2 people");
    expect(detail).toContain("an exclusion rules out 1 person");
  });
});
