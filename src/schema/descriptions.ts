/**
 * Descriptions of the input fields, for the JSON Schemas (editor tooltips). They are
 * attached to the zod schemas' own field schemas in a registry of this module, so the
 * schemas stay the one source of the structure while the text is loaded only by
 * `peermatch/schema`, never by an application that only matches people.
 */
import { BUILTIN_FEATURES } from "../model/features.js";
import * as z from "zod/mini";

/** Field path (dotted, `[]` for list entries) → description. */
export type Descriptions = Readonly<Record<string, string>>;

export const PARTICIPANT_DESCRIPTIONS: Descriptions = {
  "": "One participant's questionnaire answers. Only id is required; unknown fields are errors.",
  id: "Unique id, 1-200 characters; any string.",
  name: "Display name only.",
  careerStage: "Career stage; used for experience when experienceYears is absent.",
  experienceYears: "Years of experience, 0-70.",
  industry: "Industry (compared trimmed and case-insensitively).",
  organization: "Organisation (compared trimmed and case-insensitively).",
  goals: "What they want to work on (tags, case-insensitive).",
  strengths: "What they can offer (tags).",
  growthAreas: "What they want to develop (tags).",
  communication: "Communication styles, channels and meeting frequency.",
  "communication.styles": "Communication styles (tags).",
  "communication.channels": "Ways of meeting or talking they accept.",
  "communication.frequency": "How often they want to meet.",
  availability: "Local weekly slots in an IANA time zone.",
  "availability.timezone": 'IANA time zone, such as "Europe/London" (abbreviations such as "EST" are refused).',
  "availability.slots": "Weekly slots in local time.",
  location: "Where they are, in degrees.",
  "location.lat": "Latitude in degrees, -90 to 90.",
  "location.lon": "Longitude in degrees, -180 to 180.",
  "location.label": "A place name, for display.",
  meetingMode: "In person, virtual, or either.",
  maxDistanceKm: "Farthest distance for in-person meetings, in kilometres (> 0).",
  languages: "Languages they can meet in (tags).",
  hoursPerMonth: "Time commitment in hours per month (> 0).",
  capacity: "Mentors only: how many mentees (default 1; 0 = none this cycle).",
  importance: "Their own weight per feature name (>= 0), multiplied into the programme weight.",
  exclude: "Ids they must never be paired with (either side excluding is enough).",
  pastPartners: "Ids of earlier partners; not paired again unless allowPastPartners.",
  wishes: "Ids of the people they would like to be matched with, best first (all in the cohort).",
  attributes: "Free data for custom features.",
};

export const SLOT_DESCRIPTIONS: Descriptions = {
  "": "A local weekly slot; end earlier than start crosses midnight.",
  day: "Local weekday, mon to sun.",
  start: 'Local start, "HH:MM" (00:00-23:59).',
  end: 'Local end, "HH:MM" (00:00-24:00).',
};

export const OPTIONS_DESCRIPTIONS: Descriptions = {
  "": "Match options; every field is optional.",
  solver: 'The assignment algorithm (default "optimal").',
  weights: "Programme weight per built-in feature (>= 0; 0 switches a feature off).",
  ...Object.fromEntries(
    BUILTIN_FEATURES.map((feature) => [`weights.${feature}`, `Programme weight of the ${feature} feature (>= 0).`]),
  ),
  availability: "Availability options.",
  "availability.minOverlapMinutes": "Shortest weekly overlap in minutes a pair needs (default 60).",
  "availability.referenceDate": "ISO date whose UTC offsets convert local slots (default: today).",
  experience: "Experience options.",
  "experience.toleranceYears": "Gap in years below which experience scores fully (default 5).",
  "experience.maxGapYears": "Largest gap in years a pair may have (a hard constraint).",
  "experience.minGapYears": "Smallest gap in years, mentor over mentee (a hard constraint).",
  industry: 'Whether the same industry, a different one, or neither scores (default "any").',
  organization: 'Colleagues: allowed, scored down ("avoid") or never paired ("forbid"); default "allow".',
  language: "Language options.",
  "language.required": "Whether two people who both list languages must share one (default true).",
  custom: "Custom features with a score function (not expressible in JSON).",
  "custom[].name": "Unique name, different from the built-in features.",
  "custom[].weight": "Programme weight of the custom feature (>= 0).",
  "custom[].score": "(a, b) => number in [0, 1], or null to veto the pair.",
  reciprocity: 'How the two directional scores combine into a pair weight (default "mean").',
  missing: 'How a feature missing on either side scores: 0 ("zero", default) or 0.5 ("neutral").',
  oddHandling: "An odd cohort: a trio (default) or one person unmatched.",
  minScore: "Lowest pair weight (0-1) that may be paired.",
  allowPastPartners: "Whether past partners may be paired again (default false).",
  seed: 'Seed of every tie-break (default "peermatch").',
  topK: "Large cohorts: consider only each person's topK best feasible partners.",
  strictStable: 'solver "stable" only: return the stable matching as it is (default false).',
  unknownIds: 'Ids in exclude or pastPartners outside the cohort: "warn" (default), "error" or "ignore".',
  pins: "Pairs or trios fixed by the coordinator; the rest is matched around them.",
  wishes: "How participants' ranked wishes count.",
  "wishes.mode":
    'How wishes count: "bonus", a wish feature in the score (default); "rank-maximal", the most first choices granted, then second choices, and so on, then the best score (matchPeers with solver "optimal", at most 1,000 participants, no topK).',
  "wishes.max": "How many wishes per person count (1-20, default 5).",
  "wishes.weight": 'Programme weight of the wish feature in "bonus" mode (>= 0, default 2).',
};

export const MENTOR_OPTIONS_DESCRIPTIONS: Descriptions = {
  ...OPTIONS_DESCRIPTIONS,
  "": "Options of matchMentors; every field is optional.",
  solver: 'The assignment algorithm: "optimal" (default), "fair" or "stable".',
  stableSide: 'solver "stable": the side whose best stable outcome is chosen (default "mentees").',
  pins: "[mentorId, menteeId] pairs that must be assigned.",
  limits: "Per-mentor limits on mentees who share the mentor's value of a field.",
  "limits[].field": 'organization, industry, careerStage or "attributes.<key>".',
  "limits[].max": "Most mentees per mentor sharing that value.",
  lpSolver:
    'The LP solver for limits that overlap for a mentor (a function, not expressible in JSON): maxWeightBMatchingLp from "peermatch/algorithms/lp".',
};

export const CIRCLE_OPTIONS_DESCRIPTIONS: Descriptions = {
  ...OPTIONS_DESCRIPTIONS,
  "": "Options of formCircles and rotateCircles; every field is optional.",
  solver: '"optimal" (default): the largest sum of size x score; "fair": the best worst circle first.',
  size: "Circle size range (default 4-6).",
  "size.min": "Fewest members of a circle (2-64).",
  "size.max": "Most members of a circle (2-64, at least size.min).",
  together: "Pairs of ids that must share a circle.",
  apart: "Pairs of ids that must not share a circle.",
  noLoneMember: "A circle has zero or at least two members with this field's value.",
  "noLoneMember[].field": 'A participant field, or "attributes.<key>".',
  "noLoneMember[].value": "The value that must not be alone in a circle.",
  maxShared: "At most max members of a circle may share a value of this field.",
  "maxShared[].field": 'A participant field, or "attributes.<key>".',
  "maxShared[].max": "Most members sharing one value (1 or more).",
  facilitators: "Ids of facilitators: one per circle when there are enough, else at most one.",
  effort: "Multiplies the local search's steps above the exact limit (0-100).",
  previous:
    "An earlier result of the programme (any peermatch result): the pairs in its history.dissolved never share a circle.",
  "previous.history": "The programme's history, as results carry it.",
  "previous.history.dissolved": "Pairs dissolved at some point: never in one circle again.",
  "previous.history.formed": "Every pair ever grouped (not used to form circles).",
};

export const RECOMMEND_OPTIONS_DESCRIPTIONS: Descriptions = {
  ...OPTIONS_DESCRIPTIONS,
  "": "Options of recommend (and recommendFor, without maxExposure); every field is optional.",
  pins: "Pairs or trios fixed by the coordinator: each member heads the others' shortlists.",
  wishes: "How participants' ranked wishes count; a mutual wish heads both shortlists.",
  k: "Suggestions per person (1-100, default 5).",
  maxExposure: "Most shortlists one person may appear in (1-100, default k); recommend only.",
};

export const OUTCOME_DESCRIPTIONS: Descriptions = {
  "": "Past pairs and how they went.",
  "[]": "One past pair and how it went.",
  "[].members": "The two participant ids.",
  "[].rating": "How the pair rated the match, 1 (worst) to 5 (best).",
  "[].continued": "Whether the pair kept meeting.",
  "[].meetings": "How many times they met.",
};

export const SCORE_INPUT_DESCRIPTIONS: Descriptions = {
  "": "Input of scoreMatching and peermatch score: a cohort, a hand-made matching of it, and the match options.",
  participants: "The cohort, as for matchPeers: one object per participant.",
  groups:
    "The hand-made matching: each group a pair or trio of participant ids; people in no group are reported unmatched.",
  "groups[]": "One group: 2 or 3 ids of participants, each in at most one group.",
  options:
    "Match options, as for matchPeers; the optimum the matching is compared with is matchPeers with these and solver optimal.",
};

/** A registry holding each table's descriptions for the field schemas it names, found by path. */
export function describedRegistry(
  ...tables: readonly (readonly [z.core.$ZodType, Descriptions])[]
): z.core.$ZodRegistry<{ description: string }> {
  const registry = z.registry<{ description: string }>();
  for (const [root, descriptions] of tables) {
    for (const [path, description] of Object.entries(descriptions)) {
      const target = fieldAt(root, path);
      if (target !== undefined) registry.add(target, { description });
    }
  }
  return registry;
}

/** The schema at a dotted path (`[]` steps into list entries), through optional wrappers. */
function fieldAt(schema: z.core.$ZodType, path: string): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  const steps = path === "" ? [] : path.replaceAll("[]", ".[]").replace(/^\./, "").split(".");
  for (const step of steps) {
    current = current === undefined ? undefined : child(unwrap(current), step);
  }
  return current;
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType; out?: z.core.$ZodType };
  if ((def.type === "optional" || def.type === "nullable") && def.innerType !== undefined) return unwrap(def.innerType);
  if (def.type === "pipe" && def.out !== undefined) return unwrap(def.out);
  return schema;
}

function child(schema: z.core.$ZodType, step: string): z.core.$ZodType | undefined {
  const def = schema._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
  if (step === "[]") return def.type === "array" ? def.element : undefined;
  return def.type === "object" && def.shape !== undefined && Object.hasOwn(def.shape, step)
    ? def.shape[step]
    : undefined;
}
