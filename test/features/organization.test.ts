import { describe, expect, it } from "vitest";
import { organizationFactor, organizationVetoes } from "../../src/features/organization.js";
import { scoring } from "../support/fixtures/scoring.js";

const people = [
  { id: "a", organization: "Acme" },
  { id: "b", organization: "ACME" },
  { id: "c", organization: "Globex" },
  { id: "d" },
];

describe("organization policy", () => {
  it('"allow" has no effect', () => {
    const { ctx, at } = scoring(people);
    expect(organizationFactor(ctx, at("a"), at("b"))).toBe(1);
    expect(organizationVetoes(ctx, at("a"), at("b"))).toBe(false);
  });

  it('"avoid" halves the scores of colleagues only', () => {
    const { ctx, at } = scoring(people, { organization: "avoid" });
    expect(organizationFactor(ctx, at("a"), at("b"))).toBe(0.5);
    expect(organizationFactor(ctx, at("a"), at("c"))).toBe(1);
    expect(organizationFactor(ctx, at("a"), at("d"))).toBe(1);
  });

  it('"forbid" vetoes colleagues, not an unknown organisation', () => {
    const { ctx, at } = scoring(people, { organization: "forbid" });
    expect(organizationVetoes(ctx, at("a"), at("b"))).toBe(true);
    expect(organizationVetoes(ctx, at("a"), at("c"))).toBe(false);
    expect(organizationVetoes(ctx, at("a"), at("d"))).toBe(false);
  });
});
