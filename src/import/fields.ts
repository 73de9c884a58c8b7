/**
 * The participant fields a mapping may fill, and how a cell is read for each: the kind
 * of value, and the choices of fields that have fixed ones.
 */

/** How a cell becomes a field's value. */
export type FieldKind =
  | { readonly kind: "id" }
  | { readonly kind: "text" }
  | { readonly kind: "number" }
  | { readonly kind: "boolean" }
  | { readonly kind: "choice"; readonly choices: readonly string[] }
  | { readonly kind: "list"; readonly choices?: readonly string[] }
  | { readonly kind: "timezone" }
  | { readonly kind: "slots" };

const ID = { kind: "id" } as const;
const TEXT = { kind: "text" } as const;
const NUMBER = { kind: "number" } as const;
const LIST = { kind: "list" } as const;

/** Field name (dotted for nested fields) → how it is read. */
export function fieldKinds(): ReadonlyMap<string, FieldKind> {
  return new Map<string, FieldKind>([
    ["id", ID],
    ["name", TEXT],
    ["careerStage", { kind: "choice", choices: ["early", "mid", "senior", "executive"] }],
    ["experienceYears", NUMBER],
    ["industry", TEXT],
    ["organization", TEXT],
    ["goals", LIST],
    ["strengths", LIST],
    ["growthAreas", LIST],
    ["communication.styles", LIST],
    ["communication.channels", { kind: "list", choices: ["video", "phone", "chat", "email", "in-person"] }],
    ["communication.frequency", { kind: "choice", choices: ["weekly", "biweekly", "monthly"] }],
    ["availability.timezone", { kind: "timezone" }],
    ["availability.slots", { kind: "slots" }],
    ["location.lat", NUMBER],
    ["location.lon", NUMBER],
    ["location.label", TEXT],
    ["meetingMode", { kind: "choice", choices: ["in-person", "virtual", "either"] }],
    ["maxDistanceKm", NUMBER],
    ["languages", LIST],
    ["hoursPerMonth", NUMBER],
    ["capacity", NUMBER],
    ["exclude", LIST],
    ["pastPartners", LIST],
  ]);
}

/** Fields whose name continues with a key of the caller's choosing. */
export const OPEN_FIELDS = ["attributes.", "importance."] as const;

/** The kind of an `attributes.<key>` field with the source's `type`. */
export function attributeKind(type: "text" | "number" | "boolean" | "list" | undefined): FieldKind {
  if (type === "number") return NUMBER;
  if (type === "boolean") return { kind: "boolean" };
  if (type === "list") return LIST;
  return TEXT;
}

/**
 * A choice compared loosely: lower case without spaces, hyphens and underscores, so
 * "In person", "in_person" and "In-Person" all match "in-person", and "Bi-weekly" matches
 * "biweekly".
 */
export function choiceKey(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, "");
}
