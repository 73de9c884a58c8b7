import { describe, expect, it } from "vitest";
import { isMatchInputError, MatchInputError, matchPeers, version } from "peermatch";
import { readFileSync } from "node:fs";

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

  it("has a stable name, and isMatchInputError recognises a copy from another build", () => {
    const error = captured(() => matchPeers([{ id: "a" }, { id: "a" }]));
    expect(error).toBeInstanceOf(MatchInputError);
    expect((error as Error).name).toBe("MatchInputError");
    expect(isMatchInputError(error)).toBe(true);
    // What the other build's error looks like from here: same name and issues, another class.
    const foreign = Object.assign(new Error("x"), {
      name: "MatchInputError",
      issues: [{ code: "duplicate_id", path: [], message: "x" }],
    });
    expect(foreign instanceof MatchInputError).toBe(false);
    expect(isMatchInputError(foreign)).toBe(true);
    expect(isMatchInputError(new Error("MatchInputError"))).toBe(false);
    expect(isMatchInputError(Object.assign(new Error("x"), { name: "MatchInputError" }))).toBe(false);
    expect(isMatchInputError({ name: "MatchInputError", issues: "nope" })).toBe(false);
    expect(isMatchInputError(null)).toBe(false);
  });
});

describe("version", () => {
  it("is the package.json version", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(version).toBe(manifest.version);
  });
});

function captured(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}
