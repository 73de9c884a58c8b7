/**
 * Word lists for synthetic cohorts, most popular first (the generator draws them with
 * Zipf-skewed frequencies), and the time-zone hubs participants cluster around.
 */
import type { CareerStage } from "../model/types.js";

export const CAREER_STAGES: readonly CareerStage[] = ["early", "mid", "senior", "executive"];

export const GOALS: readonly string[] = [
  "leadership",
  "negotiation",
  "career change",
  "promotion",
  "confidence",
  "public speaking",
  "work-life balance",
  "managing people",
  "networking",
  "executive presence",
  "salary negotiation",
  "strategic thinking",
  "personal brand",
  "returning from leave",
  "starting a business",
  "technical depth",
  "board readiness",
  "fundraising",
  "product management",
  "data literacy",
  "cross-cultural teams",
  "going freelance",
];

export const SKILLS: readonly string[] = [
  "negotiation",
  "public speaking",
  "stakeholder management",
  "coaching",
  "project management",
  "data analysis",
  "strategy",
  "hiring",
  "budgeting",
  "conflict resolution",
  "writing",
  "networking",
  "delegation",
  "product design",
  "fundraising",
  "software engineering",
  "marketing",
  "change management",
  "mentoring others",
  "time management",
  "pitching",
  "research",
];

export const COMMUNICATION_STYLES: readonly string[] = [
  "supportive",
  "direct",
  "structured",
  "reflective",
  "informal",
  "challenging",
  "visual",
];

export const INDUSTRIES: readonly string[] = [
  "technology",
  "finance",
  "healthcare",
  "education",
  "public sector",
  "consulting",
  "retail",
  "energy",
  "media",
  "law",
  "non-profit",
  "manufacturing",
];

export const FIRST_NAMES: readonly string[] = [
  "Ana",
  "Bea",
  "Chiara",
  "Dana",
  "Elif",
  "Fatima",
  "Grace",
  "Hana",
  "Ines",
  "Julia",
  "Keiko",
  "Lena",
  "Maya",
  "Nadia",
  "Olga",
  "Priya",
  "Quinn",
  "Rosa",
  "Sofia",
  "Tamar",
  "Uma",
  "Valeria",
  "Wanjiru",
  "Ximena",
  "Yara",
  "Zoe",
  "Amara",
  "Birgit",
  "Carmen",
  "Deepa",
  "Emma",
  "Freya",
  "Gabriela",
  "Helga",
  "Ifeoma",
  "Jasmine",
  "Kavya",
  "Lucia",
  "Mei",
  "Noor",
];

export const SURNAME_INITIALS: readonly string[] = "ABCDEFGHIJKLMNOPRSTVWYZ".split("");

/** Programmes usually recruit in one part of the world; most of a cohort comes from it. */
export type Region = "europe-africa" | "americas" | "asia-pacific";

/** A place participants cluster around, with the languages spoken there besides English. */
export interface Hub {
  readonly city: string;
  readonly region: Region;
  readonly timezone: string;
  readonly lat: number;
  readonly lon: number;
  readonly languages: readonly string[];
  readonly weight: number;
}

export const HUBS: readonly Hub[] = [
  {
    city: "Amsterdam",
    region: "europe-africa",
    timezone: "Europe/Amsterdam",
    lat: 52.37,
    lon: 4.9,
    languages: ["Dutch"],
    weight: 14,
  },
  {
    city: "London",
    region: "europe-africa",
    timezone: "Europe/London",
    lat: 51.51,
    lon: -0.13,
    languages: [],
    weight: 14,
  },
  {
    city: "Berlin",
    region: "europe-africa",
    timezone: "Europe/Berlin",
    lat: 52.52,
    lon: 13.4,
    languages: ["German"],
    weight: 8,
  },
  {
    city: "Madrid",
    region: "europe-africa",
    timezone: "Europe/Madrid",
    lat: 40.42,
    lon: -3.7,
    languages: ["Spanish"],
    weight: 5,
  },
  {
    city: "New York",
    region: "americas",
    timezone: "America/New_York",
    lat: 40.71,
    lon: -74.01,
    languages: [],
    weight: 12,
  },
  {
    city: "Chicago",
    region: "americas",
    timezone: "America/Chicago",
    lat: 41.88,
    lon: -87.63,
    languages: [],
    weight: 5,
  },
  {
    city: "San Francisco",
    region: "americas",
    timezone: "America/Los_Angeles",
    lat: 37.77,
    lon: -122.42,
    languages: [],
    weight: 7,
  },
  {
    city: "São Paulo",
    region: "americas",
    timezone: "America/Sao_Paulo",
    lat: -23.55,
    lon: -46.63,
    languages: ["Portuguese"],
    weight: 4,
  },
  {
    city: "St. John's",
    region: "americas",
    timezone: "America/St_Johns",
    lat: 47.56,
    lon: -52.71,
    languages: [],
    weight: 1,
  },
  {
    city: "Lagos",
    region: "europe-africa",
    timezone: "Africa/Lagos",
    lat: 6.52,
    lon: 3.38,
    languages: ["Yoruba"],
    weight: 4,
  },
  {
    city: "Nairobi",
    region: "europe-africa",
    timezone: "Africa/Nairobi",
    lat: -1.29,
    lon: 36.82,
    languages: ["Swahili"],
    weight: 3,
  },
  {
    city: "Bengaluru",
    region: "asia-pacific",
    timezone: "Asia/Kolkata",
    lat: 12.97,
    lon: 77.59,
    languages: ["Hindi", "Kannada"],
    weight: 8,
  },
  {
    city: "Kathmandu",
    region: "asia-pacific",
    timezone: "Asia/Kathmandu",
    lat: 27.72,
    lon: 85.32,
    languages: ["Nepali"],
    weight: 1,
  },
  {
    city: "Singapore",
    region: "asia-pacific",
    timezone: "Asia/Singapore",
    lat: 1.35,
    lon: 103.82,
    languages: ["Mandarin"],
    weight: 4,
  },
  {
    city: "Sydney",
    region: "asia-pacific",
    timezone: "Australia/Sydney",
    lat: -33.87,
    lon: 151.21,
    languages: [],
    weight: 4,
  },
];
