import { describe, expect, it } from "vitest";
import { matchPeers } from "peermatch";
import { MAX_PARTICIPANTS, MAX_SEED_LENGTH } from "../../src/model/limits.js";
import { normaliseCohort } from "../../src/model/normalise-cohort.js";
import { issuesOf } from "../support/issues-of.js";

describe("size limits", () => {
  it("rejects more participants than the limit with too_large, before parsing them", () => {
    const people = new Array<unknown>(MAX_PARTICIPANTS + 1).fill({ id: "same" });
    const issues = issuesOf(() => normaliseCohort(people, {}, "matchPeers"));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe("too_large");
    expect(issues[0]!.path).toEqual([]);
    expect(issues[0]!.message).toContain("200,001");
    expect(issues[0]!.message).toContain("200,000");
  });

  it("accepts a seed at the limit and rejects a longer one with too_large", () => {
    const people = [{ id: "a" }, { id: "b" }];
    expect(matchPeers(people, { seed: "s".repeat(MAX_SEED_LENGTH) }).pairs).toHaveLength(1);
    const issues = issuesOf(() => matchPeers(people, { seed: "s".repeat(10_000_000) }));
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([["too_large", ["options", "seed"]]]);
  });

  it("reports an oversized seed together with the participants' own problems", () => {
    const issues = issuesOf(() => matchPeers([{ id: 7 }], { seed: "s".repeat(MAX_SEED_LENGTH + 1) }));
    expect(issues.map((issue) => issue.code).sort()).toEqual(["invalid_type", "too_large"]);
  });
});
