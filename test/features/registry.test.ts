import { describe, expect, it } from "vitest";
import {
  AVAILABILITY,
  BUILTIN_COUNT,
  builtinFeatures,
  COMMITMENT,
  COMMUNICATION,
  COMPLEMENTARITY,
  EXPERIENCE,
  GEOGRAPHY,
  GOALS,
  INDUSTRY,
  LANGUAGE,
} from "../../src/features/registry.js";
import { BUILTIN_FEATURES } from "../../src/model/features.js";

describe("feature registry", () => {
  it("lists the built-in features in the model's scoring order, matching the kernel slots", () => {
    const names = builtinFeatures().map((f) => f.name);
    expect(names).toEqual([...BUILTIN_FEATURES]);
    expect(BUILTIN_COUNT).toBe(names.length);
    const slots = {
      GOALS,
      COMPLEMENTARITY,
      COMMUNICATION,
      AVAILABILITY,
      GEOGRAPHY,
      EXPERIENCE,
      INDUSTRY,
      LANGUAGE,
      COMMITMENT,
    };
    for (const [constant, slot] of Object.entries(slots)) expect(names[slot]!.toUpperCase()).toBe(constant);
  });

  it("marks only complementarity as directional", () => {
    expect(
      builtinFeatures()
        .filter((f) => f.directional)
        .map((f) => f.name),
    ).toEqual(["complementarity"]);
  });

  it("builds fresh objects on each call (no shared module state)", () => {
    expect(builtinFeatures()[0]).not.toBe(builtinFeatures()[0]);
  });
});
