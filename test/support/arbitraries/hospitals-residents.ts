import fc from "fast-check";
import type { SmallHR } from "../oracles/stable-hr-brute-force.js";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const lists = (agents: number, others: number, dropAtMost: number) =>
  fc.array(fc.shuffledSubarray(range(others), { minLength: Math.max(0, others - dropAtMost) }), {
    minLength: agents,
    maxLength: agents,
  });

/**
 * Small hospitals/residents instances: ≤ maxH hospitals, ≤ maxR residents, capacities
 * 0–3, lists missing at most `dropAtMost` agents.
 *
 * Random preferences almost always have a single stable matching, so half the instances
 * are tight and antagonistic: capacities 1–3 with as many residents as places (up to
 * maxR), complete hospital lists, residents dropping at most one hospital, residents' lists rotations of one random order that start at different places,
 * and each hospital ranking first the residents who rank it last. Those have several stable matchings, which the
 * optimality laws need.
 */
export function smallHR(maxH = 6, maxR = 8, dropAtMost = 2): fc.Arbitrary<SmallHR> {
  const random = fc.tuple(fc.integer({ min: 1, max: maxH }), fc.integer({ min: 1, max: maxR })).chain(([H, R]) =>
    fc.record({
      residentLists: lists(R, H, dropAtMost),
      hospitalLists: lists(H, R, dropAtMost),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: H, maxLength: H }),
    }),
  );
  const antagonistic = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: maxH }).chain((capacity) => {
    const H = capacity.length;
    const R = Math.min(
      maxR,
      capacity.reduce((a, b) => a + b, 0),
    );
    return fc
      .record({ residentLists: lists(R, H, 1), hospitalLists: lists(H, R, 0), capacity: fc.constant(capacity) })
      .map((instance) => antagonise(rotate(instance)));
  });
  return fc.oneof(random, antagonistic);
}

/**
 * Resident r's list becomes one random order of hospitals rotated to start at the hospital
 * owning place r (places are the hospitals' capacities laid end to end), minus what r
 * dropped: first choices then fill every place exactly.
 */
function rotate(instance: SmallHR): SmallHR {
  const H = instance.hospitalLists.length;
  const first = instance.residentLists[0] ?? [];
  const base = [...first, ...range(H).filter((h) => !first.includes(h))];
  const owner = instance.capacity.flatMap((c, h) => Array.from({ length: c }, () => base.indexOf(h)));
  const residentLists = instance.residentLists.map((list, r) =>
    range(H)
      .map((i) => base[(i + (owner[r] ?? 0)) % H]!)
      .filter((h) => list.includes(h)),
  );
  return { ...instance, residentLists };
}

/** Reorders each hospital's list (same members) so residents who rank it lower come first. */
function antagonise(instance: SmallHR): SmallHR {
  const rankOf = (r: number, h: number) => {
    const i = instance.residentLists[r]!.indexOf(h);
    return i === -1 ? instance.hospitalLists.length : i;
  };
  const hospitalLists = instance.hospitalLists.map((list, h) =>
    list
      .map((r, position) => ({ r, position }))
      .sort((a, b) => rankOf(b.r, h) - rankOf(a.r, h) || a.position - b.position)
      .map(({ r }) => r),
  );
  return { ...instance, hospitalLists };
}
