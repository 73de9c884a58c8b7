/** Words the report uses: counted nouns, feature labels and unmatched reasons for people (never raw codes). */

/** `1 pair`, `2 pairs`, `1 person`, `3 people`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "a, b and c" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const FEATURE_LABELS: Readonly<Record<string, string>> = {
  goals: "Goals",
  complementarity: "Strengths for growth areas",
  communication: "Communication",
  availability: "Shared time",
  geography: "Location",
  experience: "Experience",
  industry: "Industry",
  language: "Language",
  commitment: "Time to give",
};

/** A feature as a coordinator reads it; custom features keep their own name. */
export function featureLabel(name: string): string {
  return Object.hasOwn(FEATURE_LABELS, name) ? FEATURE_LABELS[name]! : name;
}

const REASON_LABELS: Readonly<Record<string, string>> = {
  "no-feasible-partner": "No possible partner",
  "partners-taken": "Possible partners taken",
  "odd-one-out": "Odd one out",
  "not-grouped": "In no group",
  "not-taking-mentees": "Not taking mentees",
  left: "Left the programme",
  "no-feasible-circle": "No possible circle",
  "left-over": "Left over",
};

/** An unmatched reason code as words (an unknown code is shown with its dashes as spaces). */
export function reasonLabel(code: string): string {
  if (Object.hasOwn(REASON_LABELS, code)) return REASON_LABELS[code]!;
  const words = code.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A score as the report shows it: two decimals. */
export function scoreText(score: number): string {
  return score.toFixed(2);
}
