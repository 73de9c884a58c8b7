import { describe, expect, it } from "vitest";
import { MatchInputError } from "peermatch";

describe("MatchInputError", () => {
  it("keeps every issue and summarises the first in its message", () => {
    const error = new MatchInputError([
      { code: "duplicate_id", path: [1, "id"], message: 'matchPeers: id "a" appears twice', participantId: "a" },
      {
        code: "unknown_timezone",
        path: [2, "availability", "timezone"],
        message: 'matchPeers: "b" has unknown time zone "Mars/Base"',
        participantId: "b",
      },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("MatchInputError");
    expect(error.issues.map((issue) => issue.code)).toEqual(["duplicate_id", "unknown_timezone"]);
    expect(error.message).toContain("(and 1 more)");
  });
});
