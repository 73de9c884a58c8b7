import fc from "fast-check";
import type { BipartiteGraph } from "peermatch/algorithms";
import type { SmallBipartite } from "../oracles/b-matching-brute-force.js";

/**
 * Small bipartite instances: ≤ maxH hospitals with capacities 0–3, ≤ maxR residents, each
 * pair an edge with probability about one half, weights on a coarse grid in [−0.2, 1] so
 * ties and negative weights both occur.
 */
export function smallBipartite(maxH = 6, maxR = 8): fc.Arbitrary<SmallBipartite> {
  return fc.tuple(fc.integer({ min: 1, max: maxH }), fc.integer({ min: 1, max: maxR })).chain(([H, R]) =>
    fc.record({
      residents: fc.constant(R),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: H, maxLength: H }),
      edges: fc
        .array(fc.option(fc.integer({ min: -2, max: 10 }), { freq: 2 }), { minLength: H * R, maxLength: H * R })
        .map((cells) =>
          cells.flatMap((cell, i): [number, number, number][] =>
            cell === null ? [] : [[i % H, Math.floor(i / H), cell / 10]],
          ),
        ),
    }),
  );
}

export function toGraph(instance: SmallBipartite): BipartiteGraph {
  return {
    residents: instance.residents,
    capacity: Int32Array.from(instance.capacity),
    edgeHospital: Int32Array.from(instance.edges.map(([h]) => h)),
    edgeResident: Int32Array.from(instance.edges.map(([, r]) => r)),
    edgeWeight: Float64Array.from(instance.edges.map(([, , w]) => w)),
  };
}

/** Checks a result is a b-matching of the instance and returns its cardinality and scaled weight. */
export function verifyBMatching(
  instance: SmallBipartite,
  assignment: Int32Array,
  scale = 1e6,
): { cardinality: number; scaledWeight: number; smallest: number } {
  const weightOf = new Map(instance.edges.map(([h, r, w]) => [`${h},${r}`, w]));
  const load = instance.capacity.map(() => 0);
  let cardinality = 0;
  let scaledWeight = 0;
  let smallest = Infinity;
  assignment.forEach((h, r) => {
    if (h === -1) return;
    const w = weightOf.get(`${h},${r}`);
    if (w === undefined) throw new Error(`resident ${r} matched to ${h} without an edge`);
    load[h]!++;
    cardinality++;
    scaledWeight += Math.round(w * scale);
    smallest = Math.min(smallest, Math.round(w * scale));
  });
  load.forEach((l, h) => {
    if (l > instance.capacity[h]!) throw new Error(`hospital ${h} over capacity`);
  });
  return { cardinality, scaledWeight, smallest };
}

/**
 * Adds disjoint group limits (at most two groups per hospital, max 0–2) and up to two pins
 * kept only when they fit the capacities and the group limits.
 */
export function withDisjointGroups(instance: SmallBipartite): fc.Arbitrary<SmallBipartite> {
  const H = instance.capacity.length;
  const R = instance.residents;
  return fc
    .record({
      labels: fc.array(fc.array(fc.integer({ min: -1, max: 1 }), { minLength: R, maxLength: R }), {
        minLength: H,
        maxLength: H,
      }),
      maxes: fc.array(fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 2 })), { minLength: H, maxLength: H }),
      withGroups: fc.array(fc.boolean(), { minLength: H, maxLength: H }),
      pinPicks: fc.uniqueArray(fc.nat({ max: Math.max(0, instance.edges.length - 1) }), { maxLength: 2 }),
    })
    .map(({ labels, maxes, withGroups, pinPicks }): SmallBipartite => {
      const groups: { hospital: number; residents: number[]; max: number }[] = [];
      for (let h = 0; h < H; h++) {
        if (!withGroups[h]) continue;
        for (const label of [0, 1]) {
          const residents = labels[h]!.flatMap((l, r) => (l === label ? [r] : []));
          groups.push({ hospital: h, residents, max: maxes[h]![label]! });
        }
      }
      const pins: [number, number][] = [];
      const load = instance.capacity.map(() => 0);
      for (const i of pinPicks) {
        const edge = instance.edges[i];
        if (edge === undefined) continue;
        const [h, r] = edge;
        const full = groups.some(
          (g) =>
            g.hospital === h &&
            g.residents.includes(r) &&
            pins.filter(([ph, pr]) => ph === h && g.residents.includes(pr)).length >= g.max,
        );
        if (pins.some(([, pr]) => pr === r) || load[h]! >= instance.capacity[h]! || full) continue;
        load[h]!++;
        pins.push([h, r]);
      }
      return { ...instance, groups, pins };
    });
}
