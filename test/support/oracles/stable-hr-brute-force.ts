/**
 * Brute-force oracle for hospitals/residents: enumerates every matching of a small
 * instance (given as plain arrays) and keeps the stable ones, with its own dense
 * stability test. Written without reference to the solver or its checker.
 */

export interface SmallHR {
  /** residentLists[r] = hospitals, most preferred first. */
  readonly residentLists: number[][];
  /** hospitalLists[h] = residents, most preferred first. */
  readonly hospitalLists: number[][];
  readonly capacity: number[];
}

/** Every stable matching (as resident → hospital or -1 arrays). */
export function allStableMatchings(instance: SmallHR): number[][] {
  const { residentLists, hospitalLists, capacity } = instance;
  const R = residentLists.length;
  const H = hospitalLists.length;
  // rank[h][r], Infinity when not listed; rRank[r][h] likewise.
  const hRank = hospitalLists.map((list) => {
    const row = new Array<number>(R).fill(Infinity);
    for (const [i, r] of list.entries()) row[r] = i;
    return row;
  });
  const rRank = residentLists.map((list) => {
    const row = new Array<number>(H).fill(Infinity);
    for (const [i, h] of list.entries()) row[h] = i;
    return row;
  });
  const acceptable = (r: number, h: number) => rRank[r]![h]! < Infinity && hRank[h]![r]! < Infinity;
  const isStable = (m: number[]): boolean => {
    // worst[h] = h's rank of its worst assigned resident (-1 if none); count[h] = how many.
    const worst = new Array<number>(H).fill(-1);
    const count = new Array<number>(H).fill(0);
    m.forEach((h, r) => {
      if (h === -1) return;
      count[h]!++;
      worst[h] = Math.max(worst[h]!, hRank[h]![r]!);
    });
    for (let r = 0; r < R; r++) {
      for (let h = 0; h < H; h++) {
        if (!acceptable(r, h) || m[r] === h) continue;
        const rWants = m[r] === -1 || rRank[r]![h]! < rRank[r]![m[r]!]!;
        const hWants = count[h]! < capacity[h]! || hRank[h]![r]! < worst[h]!;
        if (rWants && hWants) return false;
      }
    }
    return true;
  };
  const found: number[][] = [];
  const m = new Array<number>(R).fill(-1);
  const load = new Array<number>(H).fill(0);
  const go = (r: number): void => {
    if (r === R) {
      if (isStable(m)) found.push([...m]);
      return;
    }
    m[r] = -1;
    go(r + 1);
    for (let h = 0; h < H; h++) {
      if (!acceptable(r, h) || load[h]! >= capacity[h]!) continue;
      m[r] = h;
      load[h]!++;
      go(r + 1);
      load[h]!--;
      m[r] = -1;
    }
  };
  go(0);
  return found;
}
