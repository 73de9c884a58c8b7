import { describe, expect, it } from "vitest";
import { communicationFeature, communicationScore } from "../../src/features/communication.js";
import { scoring } from "../support/fixtures/scoring.js";

describe("communication", () => {
  it("averages styles, channels and frequency with fixed thirds", () => {
    const { ctx, at } = scoring([
      {
        id: "a",
        communication: { styles: ["Direct", "structured"], channels: ["video", "chat"], frequency: "weekly" },
      },
      { id: "b", communication: { styles: ["direct"], channels: ["video", "phone", "chat"], frequency: "monthly" } },
    ]);
    // styles 1/2, channels 2/3, frequency 1 − |0 − 2|/2 = 0
    expect(communicationScore(ctx, at("a"), at("b"))).toBeCloseTo((1 / 2 + 2 / 3 + 0) / 3, 12);
  });

  it("counts an unknown part as the missing value, never redistributing its third", () => {
    const people = [
      { id: "a", communication: { frequency: "weekly" } },
      { id: "b", communication: { frequency: "biweekly", styles: ["calm"] } },
    ];
    const zero = scoring(people);
    // frequency 1 − 1/2 = 1/2; styles and channels unknown → 0
    expect(communicationScore(zero.ctx, zero.at("a"), zero.at("b"))).toBe(0.5 / 3);
    const neutral = scoring(people, { missing: "neutral" });
    expect(communicationScore(neutral.ctx, neutral.at("a"), neutral.at("b"))).toBe((0.5 + 0.5 + 0.5) / 3);
  });

  it("is unknown only when no part is known for the pair", () => {
    const { ctx, at } = scoring([
      { id: "a", communication: { styles: ["calm"] } },
      { id: "b", communication: { frequency: "weekly" } },
    ]);
    expect(communicationScore(ctx, at("a"), at("b"))).toBeNaN();
    expect(communicationFeature().detail(ctx, at("a"), at("b")).known).toBe(false);
  });

  it("explains shared styles, channels and frequency", () => {
    const { ctx, at } = scoring([
      { id: "a", communication: { styles: ["direct"], channels: ["video", "email"], frequency: "biweekly" } },
      { id: "b", communication: { styles: ["direct"], channels: ["video"], frequency: "biweekly" } },
    ]);
    expect(communicationFeature().reason(ctx, at("a"), at("b"))).toBe(
      "Both prefer a direct style; both meet by video; both want to meet biweekly",
    );
  });
});
