import { describe, expect, it } from "vitest";
import { MatchOptionsSchema } from "../../src/model/options-schema.js";
import { ParticipantSchema } from "../../src/model/participant-schema.js";
import { closestName } from "../../src/errors/suggest.js";
import { knownKeysAt } from "../../src/model/suggest.js";

describe("knownKeysAt", () => {
  it("finds the object schema at a path, through optional fields, arrays and records", () => {
    expect(knownKeysAt(ParticipantSchema, [])).toContain("languages");
    expect(knownKeysAt(ParticipantSchema, ["availability"])).toEqual(["timezone", "slots"]);
    expect(knownKeysAt(ParticipantSchema, ["availability", "slots", 3])).toEqual(["day", "start", "end"]);
    expect(knownKeysAt(ParticipantSchema, ["location"])).toEqual(["lat", "lon", "label"]);
    expect(knownKeysAt(MatchOptionsSchema, ["custom", 0])).toEqual(["name", "weight", "score"]);
    expect(knownKeysAt(MatchOptionsSchema, ["weights"])).toContain("complementarity");
  });

  it("gives no keys where there is no object schema", () => {
    expect(knownKeysAt(ParticipantSchema, ["goals"])).toEqual([]);
    expect(knownKeysAt(ParticipantSchema, ["attributes", "x"])).toEqual([]);
    expect(knownKeysAt(ParticipantSchema, ["nonsense", "deeper"])).toEqual([]);
  });
});

describe("closestName", () => {
  it("suggests a name for a dropped, added, swapped or wrong letter, ignoring case", () => {
    expect(closestName("languges", ["goals", "languages"])).toBe("languages");
    expect(closestName("timeZone", ["timezone", "slots"])).toBe("timezone");
    expect(closestName("gaols", ["goals"])).toBe("goals");
    expect(closestName("labl", ["lat", "lon", "label"])).toBe("label");
  });

  it("suggests nothing for words that are not near any name", () => {
    expect(closestName("xyz", ["goals", "languages"])).toBeUndefined();
    expect(closestName("ab", ["id"])).toBeUndefined();
    expect(closestName("x".repeat(100), ["goals"])).toBeUndefined();
  });
});
