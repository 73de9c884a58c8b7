/**
 * Whether the columns of a matrix, centred (an intercept is fitted beside them), are
 * linearly independent: Gaussian elimination with partial pivoting on the centred Gram
 * matrix, a pivot below 1e-9 of the largest diagonal entry counting as zero.
 */
export function isFullColumnRank(rows: readonly (readonly number[])[]): boolean {
  const n = rows.length;
  const k = rows[0]?.length ?? 0;
  if (k === 0) return true;
  const means = Array.from({ length: k }, (_, c) => rows.reduce((sum, row) => sum + row[c]!, 0) / n);
  const gram = Array.from({ length: k }, (_, a) =>
    Array.from({ length: k }, (_, b) =>
      rows.reduce((sum, row) => sum + (row[a]! - means[a]!) * (row[b]! - means[b]!), 0),
    ),
  );
  const scale = Math.max(...gram.map((row, a) => row[a]!));
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(gram[r]![col]!) > Math.abs(gram[pivot]![col]!)) pivot = r;
    if (Math.abs(gram[pivot]![col]!) <= 1e-9 * scale) return false;
    [gram[col], gram[pivot]] = [gram[pivot]!, gram[col]!];
    for (let r = col + 1; r < k; r++) {
      const factor = gram[r]![col]! / gram[col]![col]!;
      for (let c = col; c < k; c++) gram[r]![c] = gram[r]![c]! - factor * gram[col]![c]!;
    }
  }
  return true;
}
