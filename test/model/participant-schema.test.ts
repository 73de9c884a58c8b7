import { describe, expect, expectTypeOf, it } from "vitest";
import { ParticipantSchema, SlotSchema, type ParticipantInput } from "../../src/model/participant-schema.js";
import type * as z from "zod/mini";
import type { Participant } from "../../src/model/types.js";

describe("ParticipantSchema", () => {
  it("parses into the Participant contract (checked at compile time)", () => {
    expectTypeOf<z.output<typeof ParticipantSchema>>().toExtend<Participant>();
    expectTypeOf<ParticipantInput>().toHaveProperty("id").toEqualTypeOf<string>();
    expectTypeOf<ParticipantInput["importance"]>().toEqualTypeOf<Readonly<Record<string, number>> | undefined>();
    expectTypeOf<ParticipantInput["attributes"]>().toEqualTypeOf<
      Readonly<Record<string, string | number | boolean | readonly string[]>> | undefined
    >();
    // Every field of the contract is a field of the schema, and the other way round.
    expectTypeOf<keyof z.output<typeof ParticipantSchema>>().toEqualTypeOf<keyof Participant>();
    const parsed: Participant = ParticipantSchema.parse({ id: "a" });
    expect(parsed).toEqual({ id: "a" });
  });

  it("accepts a complete profile", () => {
    const full = {
      id: "full",
      name: "Full Profile",
      careerStage: "mid",
      experienceYears: 7.5,
      industry: "Health",
      organization: "Clinic",
      goals: ["leadership"],
      strengths: ["data analysis"],
      growthAreas: ["negotiation"],
      communication: { styles: ["direct"], channels: ["video", "email"], frequency: "biweekly" },
      availability: { timezone: "Europe/Amsterdam", slots: [{ day: "sat", start: "22:00", end: "00:30" }] },
      location: { lat: -33.87, lon: 151.21, label: "Sydney" },
      meetingMode: "either",
      maxDistanceKm: 10,
      languages: ["en"],
      hoursPerMonth: 2,
      capacity: 0,
      importance: { goals: 0, commitment: 3 },
      exclude: ["someone"],
      pastPartners: ["someone-else"],
      attributes: { team: "blue", level: 3, remote: true, tags: ["a", "b"] },
    } satisfies ParticipantInput;
    expect(ParticipantSchema.parse(full)).toEqual(full);
  });

  it("trims tags but keeps their case", () => {
    const parsed = ParticipantSchema.parse({
      id: "t",
      goals: ["  Public Speaking "],
      strengths: ["\tSQL"],
      growthAreas: ["Design "],
      communication: { styles: [" Direct"] },
      languages: [" NL "],
    });
    expect(parsed.goals).toEqual(["Public Speaking"]);
    expect(parsed.strengths).toEqual(["SQL"]);
    expect(parsed.growthAreas).toEqual(["Design"]);
    expect(parsed.communication?.styles).toEqual(["Direct"]);
    expect(parsed.languages).toEqual(["NL"]);
  });

  it("rejects empty tags, and ids are not trimmed", () => {
    expect(ParticipantSchema.safeParse({ id: "t", goals: ["  "] }).success).toBe(false);
    expect(ParticipantSchema.parse({ id: " spaced " }).id).toBe(" spaced ");
  });

  it("rejects an explicit undefined for an optional field", () => {
    expect(ParticipantSchema.safeParse({ id: "u", name: undefined }).success).toBe(false);
  });

  it("is strict about unknown keys at every level", () => {
    for (const bad of [
      { id: "x", languges: ["en"] },
      { id: "x", location: { lat: 0, lon: 0, lng: 0 } },
      { id: "x", availability: { timezone: "UTC", slots: [], zone: "UTC" } },
      { id: "x", availability: { timezone: "UTC", slots: [{ day: "mon", start: "09:00", end: "10:00", tz: "UTC" }] } },
    ]) {
      const result = ParticipantSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
    }
  });

  it("checks ranges: experience 0–70, capacity a whole number ≥ 0, positive distance and hours", () => {
    for (const bad of [
      { experienceYears: 71 },
      { experienceYears: -1 },
      { capacity: -1 },
      { capacity: 2.5 },
      { maxDistanceKm: 0 },
      { hoursPerMonth: 0 },
    ]) {
      expect(ParticipantSchema.safeParse({ id: "r", ...bad }).success).toBe(false);
    }
  });
});

describe("SlotSchema", () => {
  it("accepts 24:00 as an end, a slot crossing midnight, and 00:00–24:00", () => {
    for (const slot of [
      { day: "mon", start: "20:00", end: "24:00" },
      { day: "sun", start: "23:00", end: "01:00" },
      { day: "wed", start: "00:00", end: "24:00" },
    ]) {
      expect(SlotSchema.safeParse(slot).success).toBe(true);
    }
  });

  it("rejects malformed times, 24:00 as a start, and zero-length slots", () => {
    for (const slot of [
      { day: "mon", start: "24:00", end: "01:00" },
      { day: "mon", start: "9:00", end: "10:00" },
      { day: "mon", start: "09:60", end: "10:00" },
      { day: "mon", start: "09:00", end: "24:01" },
      { day: "mon", start: "09:00 ", end: "10:00" },
      { day: "mon", start: "10:00", end: "10:00" },
      { day: "Mon", start: "09:00", end: "10:00" },
    ]) {
      expect(SlotSchema.safeParse(slot).success).toBe(false);
    }
  });
});
