/**
 * A checkbox cell → its answers. Forms join the ticked choices with a separator
 * (Google Forms ", ", Microsoft Forms ";" with one at the end too), and a choice may
 * itself contain the separator ("Strategy, planning and goals"). So the cell is cut at
 * every separator, and then neighbouring pieces are joined back, longest first, whenever
 * the joined text is a known answer. Pieces are trimmed; empty ones are dropped.
 *
 * Complexity: O(p²) joins for p pieces (a cell holds a handful).
 */

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The answers in `cell`, cut at any of `separators`, with known answers kept whole.
 *
 * @example
 * ```ts
 * splitAnswers("Leadership;Negotiation;", [";", ","], () => false); // ["Leadership", "Negotiation"]
 * splitAnswers("Strategy, planning, Negotiation", [", "], (a) => a === "Strategy, planning");
 * // ["Strategy, planning", "Negotiation"]
 * ```
 */
export function splitAnswers(
  cell: string,
  separators: readonly string[],
  isKnown: (answer: string) => boolean,
): string[] {
  const pattern = new RegExp(
    `(${[...separators]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|")})`,
  );
  // With a capturing group, split keeps the separators: piece, separator, piece, …
  const parts = cell.split(pattern);
  const pieces: string[] = [];
  const gaps: string[] = [];
  for (let k = 0; k < parts.length; k++) (k % 2 === 0 ? pieces : gaps).push(parts[k]!);
  const answers: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let taken = i;
    let answer = pieces[i]!;
    let joined = pieces[i]!;
    for (let j = i + 1; j < pieces.length; j++) {
      joined += gaps[j - 1]! + pieces[j]!;
      if (isKnown(joined.trim())) {
        taken = j;
        answer = joined;
      }
    }
    const trimmed = answer.trim();
    if (trimmed !== "") answers.push(trimmed);
    i = taken + 1;
  }
  return answers;
}
