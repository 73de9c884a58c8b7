/**
 * Maximum-cardinality bipartite b-matching on the edges of weight at least a threshold:
 * the feasibility test of the bottleneck search. Hopcroft–Karp phases generalised to
 * hospital capacities: a breadth-first search from every free resident layers the
 * residents by alternating distance and stops at the first layer that reaches a hospital
 * with a free place; depth-first searches then augment along vertex-disjoint shortest
 * paths in that layered graph.
 *
 * Numbering: residents `0..R-1`, hospitals `0..H-1`; hospital h owns the places
 * `placeStart[h]..placeStart[h+1]-1`, each holding a resident or -1.
 *
 * Complexity: O(E·√(R + P)) for P places (Hopcroft & Karp's phase bound carried over to
 * the network with one node per place); a greedy first pass makes most instances cheaper.
 *
 * References: Hopcroft & Karp 1973; Ahuja, Magnanti & Orlin 1993, §12.3.
 */
import type { ResidentAdjacency } from "./b-matching-instance.js";
import { offsetsFromCounts } from "../../internal/csr.js";

const UNSEEN = 0x7fffffff;

/**
 * Size of a maximum b-matching using only the edges of `adjacency` with
 * `weight[e] >= threshold`.
 */
export function maxCardinalityAtLeast(
  adjacency: ResidentAdjacency,
  edgeHospital: Int32Array,
  capacity: Int32Array,
  weight: Float64Array,
  threshold: number,
): number {
  const { start, edges } = adjacency;
  const R = start.length - 1;
  const H = capacity.length;
  const placeStart = offsetsFromCounts(H, (h) => capacity[h]!);
  // place[p] = resident holding place p, or -1; placeOf[r] = r's place or -1; mate[r] = r's edge.
  const place = new Int32Array(placeStart[H]!).fill(-1);
  const placeOf = new Int32Array(R).fill(-1);
  const mate = new Int32Array(R).fill(-1);
  const load = new Int32Array(H);
  let size = 0;
  const take = (r: number, e: number, p: number): void => {
    mate[r] = e;
    place[p] = r;
    placeOf[r] = p;
  };
  const freePlace = (h: number): number => {
    for (let p = placeStart[h]!; p < placeStart[h + 1]!; p++) if (place[p] === -1) return p;
    return -1;
  };
  for (let r = 0; r < R; r++) {
    for (let i = start[r]!; i < start[r + 1]!; i++) {
      const e = edges[i]!;
      const h = edgeHospital[e]!;
      if (weight[e]! < threshold || load[h]! >= capacity[h]!) continue;
      take(r, e, freePlace(h));
      load[h] = load[h]! + 1;
      size++;
      break;
    }
  }

  // layer[r] = BFS distance of r from the free residents this phase, UNSEEN if unreached
  // or found to be a dead end.
  const layer = new Int32Array(R);
  const queue = new Int32Array(R);
  // Depth-first state: edgeAt[r] = next adjacency index to try, placeAt[r] = next place of
  // that edge's hospital to try; parentPlace[r] = place r frees for the resident below it.
  const edgeAt = new Int32Array(R);
  const placeAt = new Int32Array(R);
  const stack = new Int32Array(R);
  for (;;) {
    let head = 0;
    let tail = 0;
    for (let r = 0; r < R; r++) {
      if (mate[r] === -1) {
        layer[r] = 0;
        queue[tail++] = r;
      } else {
        layer[r] = UNSEEN;
      }
    }
    let freeLayer = UNSEEN;
    while (head < tail) {
      const r = queue[head++]!;
      if (layer[r]! >= freeLayer) break;
      for (let i = start[r]!; i < start[r + 1]!; i++) {
        const e = edges[i]!;
        if (weight[e]! < threshold || mate[r] === e) continue;
        const h = edgeHospital[e]!;
        if (load[h]! < capacity[h]!) {
          freeLayer = layer[r]!;
          continue;
        }
        for (let p = placeStart[h]!; p < placeStart[h + 1]!; p++) {
          const next = place[p]!;
          if (layer[next] === UNSEEN) {
            layer[next] = layer[r]! + 1;
            queue[tail++] = next;
          }
        }
      }
    }
    if (freeLayer === UNSEEN) return size;

    for (let r = 0; r < R; r++) {
      edgeAt[r] = start[r]!;
      placeAt[r] = 0;
    }
    for (let root = 0; root < R; root++) {
      if (mate[root] !== -1 || layer[root] !== 0) continue;
      let top = 0;
      stack[top++] = root;
      while (top > 0) {
        const u = stack[top - 1]!;
        const i = edgeAt[u]!;
        if (i >= start[u + 1]!) {
          layer[u] = UNSEEN;
          top--;
          continue;
        }
        const e = edges[i]!;
        const h = edgeHospital[e]!;
        if (weight[e]! < threshold || mate[u] === e) {
          edgeAt[u] = i + 1;
          continue;
        }
        if (layer[u] === freeLayer) {
          if (load[h]! < capacity[h]!) {
            // Augment: u takes a free place at h; each resident below on the stack takes
            // the place its successor leaves, along the edge it was exploring.
            load[h] = load[h]! + 1;
            let p = freePlace(h);
            for (let k = top - 1; k >= 0; k--) {
              const v = stack[k]!;
              const left = placeOf[v]!;
              take(v, edges[edgeAt[v]!]!, p);
              layer[v] = UNSEEN;
              p = left;
            }
            size++;
            top = 0;
          } else {
            edgeAt[u] = i + 1;
          }
          continue;
        }
        // Try the residents at h one layer further, then move to u's next edge.
        const first = placeStart[h]!;
        const count = capacity[h]!;
        let pushed = false;
        while (placeAt[u]! < count && !pushed) {
          const next = place[first + placeAt[u]!]!;
          placeAt[u] = placeAt[u]! + 1;
          if (next !== -1 && layer[next] === layer[u]! + 1) {
            stack[top++] = next;
            pushed = true;
          }
        }
        if (!pushed) {
          edgeAt[u] = i + 1;
          placeAt[u] = 0;
        }
      }
    }
  }
}
