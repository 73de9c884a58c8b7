import { describe, expect, it } from "vitest";
import {
  distanceKm,
  distanceVetoes,
  distanceVetoReason,
  GEOGRAPHY_SCALE_KM,
  geographyScore,
  inPersonDistance,
  meetingModeVetoes,
  meetingModeVetoReason,
} from "../../src/features/geography.js";
import { scoring } from "../support/fixtures/scoring.js";

// One degree of latitude along a meridian: 6371.0088 km · π / 180.
const ONE_DEGREE_KM = (6371.0088 * Math.PI) / 180;

describe("geography", () => {
  it("uses the haversine distance when someone wants to meet in person", () => {
    const { ctx, at } = scoring([
      { id: "a", meetingMode: "in-person", location: { lat: 0, lon: 0 } },
      { id: "b", meetingMode: "either", location: { lat: 0.5, lon: 0 } },
    ]);
    const d = inPersonDistance(ctx, at("a"), at("b"));
    expect(d).toBeCloseTo(ONE_DEGREE_KM / 2, 9);
    expect(geographyScore(ctx, at("a"), at("b"), d)).toBeCloseTo(1 - ONE_DEGREE_KM / 2 / GEOGRAPHY_SCALE_KM, 9);
  });

  it("is 1 when both gave a mode and neither wants in person, whatever the distance", () => {
    const { ctx, at } = scoring([
      { id: "a", meetingMode: "virtual", location: { lat: 0, lon: 0 } },
      { id: "b", meetingMode: "either", location: { lat: 50, lon: 50 } },
    ]);
    const d = inPersonDistance(ctx, at("a"), at("b"));
    expect(d).toBeNaN();
    expect(geographyScore(ctx, at("a"), at("b"), d)).toBe(1);
  });

  it("is unknown without both locations (in person) or without both modes", () => {
    const { ctx, at } = scoring([
      { id: "a", meetingMode: "in-person", location: { lat: 0, lon: 0 } },
      { id: "b", meetingMode: "in-person" },
      { id: "c", meetingMode: "virtual" },
      { id: "d" },
    ]);
    expect(geographyScore(ctx, at("a"), at("b"), inPersonDistance(ctx, at("a"), at("b")))).toBeNaN();
    expect(geographyScore(ctx, at("c"), at("d"), inPersonDistance(ctx, at("c"), at("d")))).toBeNaN();
  });

  it("vetoes in-person with virtual", () => {
    const { ctx, at } = scoring([
      { id: "a", name: "Ana", meetingMode: "in-person" },
      { id: "b", name: "Bea", meetingMode: "virtual" },
      { id: "c", meetingMode: "either" },
    ]);
    expect(meetingModeVetoes(ctx, at("a"), at("b"))).toBe(true);
    expect(meetingModeVetoes(ctx, at("b"), at("a"))).toBe(true);
    expect(meetingModeVetoes(ctx, at("a"), at("c"))).toBe(false);
    expect(meetingModeVetoReason(ctx, at("b"), at("a"))).toBe("Ana wants to meet in person; Bea only virtually");
  });

  it("vetoes a distance above the smaller maxDistanceKm when someone wants in person", () => {
    const { ctx, at } = scoring([
      { id: "a", meetingMode: "in-person", location: { lat: 0, lon: 0 }, maxDistanceKm: 500 },
      { id: "b", meetingMode: "either", location: { lat: 1, lon: 0 }, maxDistanceKm: 100 },
      { id: "c", meetingMode: "virtual", location: { lat: 1, lon: 0 }, maxDistanceKm: 10 },
      { id: "d", meetingMode: "either", location: { lat: 1, lon: 0 }, maxDistanceKm: 10 },
    ]);
    // 111.2 km > min(500, 100)
    expect(distanceVetoes(ctx, at("a"), at("b"), inPersonDistance(ctx, at("a"), at("b")))).toBe(true);
    expect(distanceVetoReason(ctx, at("a"), at("b"))).toBe("111 km apart; in-person meetings allow at most 100 km");
    // nobody wants in person: no distance veto
    expect(distanceVetoes(ctx, at("c"), at("d"), inPersonDistance(ctx, at("c"), at("d")))).toBe(false);
    expect(distanceKm(ctx, at("c"), at("d"))).toBe(0);
  });
});
