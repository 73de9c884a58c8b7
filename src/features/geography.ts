/**
 * Geography: distance matters only when someone wants to meet in person. Symmetric.
 * With d the great-circle (haversine) distance and D the smaller `maxDistanceKm` of the
 * two (Infinity when neither set one):
 *
 *   either wants "in-person":  x_geo = max(0, 1 − d / 100 km), unknown without both locations;
 *   both gave a mode, neither wants in-person:  x_geo = 1 (no distance to bridge);
 *   otherwise (a mode missing, nobody in-person):  unknown.
 *
 * Vetoes: "in-person" with "virtual"; d > D with a finite D when either wants in person
 * and both gave a location. D is a limit only: the score's scale is fixed, so leaving
 * `maxDistanceKm` out can never raise a score. Complexity: O(1) per pair.
 * References: haversine formula (Sinnott, "Virtues of the Haversine", Sky & Telescope, 1984).
 */
import type { NormalisedCohort } from "../model/cohort.js";
import type { BuiltinFeature, FeatureDetail, ScoringContext } from "./feature.js";
import { displayName, jsonNumber } from "./feature.js";

const EARTH_RADIUS_KM = 6371.0088;
/** Distance at which the in-person geography score reaches 0. */
export const GEOGRAPHY_SCALE_KM = 100;
const IN_PERSON = 0;
const VIRTUAL = 1;
const MODE_NAMES = ["in-person", "virtual", "either"] as const;

/** Latitudes in radians and their cosines, precomputed per person (NaN without location). */
export interface GeographyData {
  readonly latRad: Float64Array;
  readonly lonRad: Float64Array;
  readonly cosLat: Float64Array;
}

/** Convert every location to radians once. O(n). */
export function prepareGeography(cohort: NormalisedCohort): GeographyData {
  const latRad = new Float64Array(cohort.n);
  const lonRad = new Float64Array(cohort.n);
  const cosLat = new Float64Array(cohort.n);
  for (let i = 0; i < cohort.n; i++) {
    latRad[i] = (cohort.lat[i]! * Math.PI) / 180;
    lonRad[i] = (cohort.lon[i]! * Math.PI) / 180;
    cosLat[i] = Math.cos(latRad[i]!);
  }
  return { latRad, lonRad, cosLat };
}

/** Great-circle distance in km between i and j (NaN when either has no location). */
export function distanceKm(ctx: ScoringContext, i: number, j: number): number {
  const { latRad, lonRad, cosLat } = ctx.geography;
  const sinLat = Math.sin((latRad[j]! - latRad[i]!) / 2);
  const sinLon = Math.sin((lonRad[j]! - lonRad[i]!) / 2);
  const h = sinLat * sinLat + cosLat[i]! * cosLat[j]! * sinLon * sinLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function wantsInPerson(ctx: ScoringContext, i: number, j: number): boolean {
  const { meetingMode } = ctx.cohort;
  return meetingMode[i] === IN_PERSON || meetingMode[j] === IN_PERSON;
}

/** The smaller `maxDistanceKm` of the two (Infinity when neither set one). */
function limitKm(ctx: ScoringContext, i: number, j: number): number {
  return Math.min(ctx.cohort.maxDistanceKm[i]!, ctx.cohort.maxDistanceKm[j]!);
}

/**
 * The distance that matters for the pair: d(i, j) in km when either wants to meet in
 * person, else NaN (also NaN when a location is missing). Computed once per pair.
 */
export function inPersonDistance(ctx: ScoringContext, i: number, j: number): number {
  return wantsInPerson(ctx, i, j) ? distanceKm(ctx, i, j) : Number.NaN;
}

/** x_geo(i, j) given `d = inPersonDistance(ctx, i, j)`, or NaN when unknown. */
export function geographyScore(ctx: ScoringContext, i: number, j: number, d: number): number {
  const { meetingMode } = ctx.cohort;
  if (wantsInPerson(ctx, i, j)) {
    return !Number.isNaN(d) ? Math.max(0, 1 - d / GEOGRAPHY_SCALE_KM) : Number.NaN;
  }
  return meetingMode[i]! >= 0 && meetingMode[j]! >= 0 ? 1 : Number.NaN;
}

/** Veto: one wants in-person only, the other virtual only. */
export function meetingModeVetoes(ctx: ScoringContext, i: number, j: number): boolean {
  const a = ctx.cohort.meetingMode[i]!;
  const b = ctx.cohort.meetingMode[j]!;
  return (a === IN_PERSON && b === VIRTUAL) || (a === VIRTUAL && b === IN_PERSON);
}

/**
 * Veto: someone wants in person and the two live further apart than the smaller limit
 * (`d = inPersonDistance(ctx, i, j)`).
 */
export function distanceVetoes(ctx: ScoringContext, i: number, j: number, d: number): boolean {
  return d > limitKm(ctx, i, j);
}

/** Why the pair is vetoed on meeting mode. */
export function meetingModeVetoReason(ctx: ScoringContext, i: number, j: number): string {
  const [inPerson, virtual] = ctx.cohort.meetingMode[i] === IN_PERSON ? [i, j] : [j, i];
  return `${displayName(ctx, inPerson)} wants to meet in person; ${displayName(ctx, virtual)} only virtually`;
}

/** Why the pair is vetoed on distance. */
export function distanceVetoReason(ctx: ScoringContext, i: number, j: number): string {
  return `${Math.round(distanceKm(ctx, i, j))} km apart; in-person meetings allow at most ${limitKm(ctx, i, j)} km`;
}

function geographyDetail(ctx: ScoringContext, i: number, j: number): FeatureDetail {
  const { meetingMode } = ctx.cohort;
  const inPerson = wantsInPerson(ctx, i, j);
  const limit = limitKm(ctx, i, j);
  const distance = distanceKm(ctx, i, j);
  const score = geographyScore(ctx, i, j, inPersonDistance(ctx, i, j));
  return {
    known: !Number.isNaN(score),
    modes: [MODE_NAMES[meetingMode[i]!] ?? null, MODE_NAMES[meetingMode[j]!] ?? null],
    inPerson,
    distanceKm: jsonNumber(distance),
    maxDistanceKm: Number.isFinite(limit) ? limit : null,
  };
}

function geographyReason(ctx: ScoringContext, i: number, j: number): string | null {
  if (!wantsInPerson(ctx, i, j)) return null;
  const d = distanceKm(ctx, i, j);
  return !Number.isNaN(d) ? `${Math.round(d)} km apart, close enough to meet in person` : null;
}

/** The geography feature for the registry. */
export function geographyFeature(): BuiltinFeature {
  return { name: "geography", directional: false, detail: geographyDetail, reason: geographyReason };
}
