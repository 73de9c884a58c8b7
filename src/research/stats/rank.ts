/**
 * Rank statistics: mid-ranks with ties, Spearman's rank correlation, the area under the
 * ROC curve and sample quantiles.
 *
 *   spearman(a, b) = Pearson correlation of the mid-ranks of a and of b (null when
 *                    either has no spread, or fewer than 2 values);
 *   auc(s, y)      = P(s of a random positive > s of a random negative), ties counting ½
 *                    (the Mann–Whitney U statistic over n₁·n₀);
 *   quantile(v, q) = linear interpolation between order statistics (Hyndman & Fan type 7).
 *
 * Complexity: O(n log n) each.
 * References: Spearman 1904; Hanley & McNeil 1982; Hyndman & Fan 1996.
 */

/** Mid-ranks (1-based; tied values share the mean of their ranks). */
export function midRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  const ranks = new Float64Array(n);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && values[order[end]!] === values[order[start]!]) end++;
    const rank = (start + 1 + end) / 2;
    for (let r = start; r < end; r++) ranks[order[r]!] = rank;
    start = end;
  }
  return ranks;
}

/** Pearson correlation, or null when either side has no spread or n < 2. */
export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number | null {
  const n = a.length;
  if (n < 2 || b.length !== n) return null;
  let meanA = 0;
  let meanB = 0;
  for (let i = 0; i < n; i++) {
    meanA += a[i]!;
    meanB += b[i]!;
  }
  meanA /= n;
  meanB /= n;
  let cov = 0;
  let varA = 0;
  let varB = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - meanA;
    const db = b[i]! - meanB;
    cov += da * db;
    varA += da * da;
    varB += db * db;
  }
  if (!(varA > 0) || !(varB > 0)) return null;
  return Math.max(-1, Math.min(1, cov / Math.sqrt(varA * varB)));
}

/** Spearman's rank correlation, or null when either side has no spread or n < 2. */
export function spearman(a: ArrayLike<number>, b: ArrayLike<number>): number | null {
  return pearson(midRanks(a), midRanks(b));
}

/** Area under the ROC curve of `scores` for the 0/1 `labels`; null without both classes. */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number | null {
  const ranks = midRanks(scores);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) {
      positives++;
      rankSum += ranks[i]!;
    }
  }
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** The q-quantile (0 ≤ q ≤ 1) of ascending `sorted` values (type 7); NaN when empty. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(n - 1, below + 1);
  const fraction = position - below;
  return sorted[below]! + fraction * (sorted[above]! - sorted[below]!);
}
