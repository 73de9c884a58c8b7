/**
 * The typed API, checked by the compiler (vitest typecheck, and `tsc --noEmit`): an
 * inline participant or option with a misspelt field does not compile, JSON goes through
 * `parseParticipants` / `parseMatchOptions`, results are precisely typed, and the
 * documented interfaces say exactly what the zod schemas accept.
 */
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import {
  matchMentors,
  matchPeers,
  parseMatchOptions,
  parseParticipants,
  rotate,
  type MatchOptions,
  type MatchResult,
  type MentorMatchResult,
  type MentorOptions,
  type Participant,
  type ParticipantInput,
} from "peermatch";
import type { MatchOptionsSchema } from "../../src/model/options-schema.js";
import type { ParticipantSchema } from "../../src/model/participant-schema.js";
import type { MentorOptionsSchema } from "../../src/model/mentor-options-schema.js";

/** `T` with every `readonly` removed, deeply (functions kept as they are). */
type Mutable<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;

describe("typed inputs", () => {
  it("reject a misspelt field in an inline participant or option", () => {
    // @ts-expect-error -- "languges" is not a participant field
    matchPeers([{ id: "a", languges: ["en"] }]);
    // @ts-expect-error -- "solvr" is not an option
    matchPeers([{ id: "a" }], { solvr: "fair" });
    // @ts-expect-error -- "weekly-ish" is not a frequency
    matchPeers([{ id: "a", communication: { frequency: "weekly-ish" } }]);
    // @ts-expect-error -- mentors and mentees are participants too
    matchMentors([{ id: "m", capacty: 2 }], [{ id: "e" }]);
    // @ts-expect-error -- unknown JSON is not accepted without parsing it first
    matchPeers(JSON.parse("[]") as unknown[]);
  });

  it("take JSON through parseParticipants and parseMatchOptions", () => {
    const participants = parseParticipants(JSON.parse("[]") as unknown);
    expectTypeOf(participants).toEqualTypeOf<Participant[]>();
    expectTypeOf(parseMatchOptions({} as unknown)).toEqualTypeOf<MatchOptions>();
    expectTypeOf(matchPeers).parameter(0).toEqualTypeOf<readonly ParticipantInput[]>();
    matchPeers(participants, parseMatchOptions({ solver: "fair" }));
  });

  it("give precisely typed results", () => {
    const result = matchPeers([{ id: "a" }, { id: "b" }]);
    expectTypeOf(result).toEqualTypeOf<MatchResult>();
    expectTypeOf(result.pairs[0]!.members).toEqualTypeOf<string[]>();
    expectTypeOf(result.pairs[0]!.score).toEqualTypeOf<number>();
    expectTypeOf(result.stats.stable).toEqualTypeOf<boolean | null>();
    expectTypeOf(matchMentors([{ id: "m" }], [{ id: "e" }])).toEqualTypeOf<MentorMatchResult>();
    expectTypeOf(rotate([{ id: "a" }], { rounds: 1 }).rounds[0]!.round).toEqualTypeOf<number>();
  });
});

describe("the documented interfaces match the zod schemas", () => {
  // A field added to a schema must be added, with its JSDoc, to the interface (and back).
  it("ParticipantInput is what ParticipantSchema accepts", () => {
    expectTypeOf<Mutable<ParticipantInput>>().toEqualTypeOf<Mutable<z.input<typeof ParticipantSchema>>>();
  });

  it("MatchOptions is what MatchOptionsSchema accepts", () => {
    expectTypeOf<Mutable<MatchOptions>>().toEqualTypeOf<Mutable<z.input<typeof MatchOptionsSchema>>>();
  });

  it("MentorOptions is what MentorOptionsSchema accepts", () => {
    expectTypeOf<Mutable<MentorOptions>>().toEqualTypeOf<Mutable<z.input<typeof MentorOptionsSchema>>>();
  });
});
