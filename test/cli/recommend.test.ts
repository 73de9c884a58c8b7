/**
 * `peermatch recommend`, run through the built binary as another platform would:
 * shortlists as JSON within the limits, one person's list with --for, and the exit
 * codes for bad input (1) and bad usage (2).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCohort } from "peermatch";
import { runCli as run } from "../support/run-cli.js";
import { shortlistLimitsHold } from "../support/oracles/shortlists-ilp.js";

describe("peermatch recommend", () => {
  let cohortFile = "";
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), "peermatch-recommend-"));
    cohortFile = join(dir, "cohort.json");
    writeFileSync(
      cohortFile,
      JSON.stringify({
        participants: generateCohort(14, { seed: "cli-recommend" }),
        options: { availability: { referenceDate: "2026-03-02" } },
      }),
    );
  });

  it("prints shortlists within k and --max-exposure as JSON", () => {
    const { status, stdout } = run(["recommend", cohortFile, "-k", "2", "--max-exposure", "3", "--seed", "s1"]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.shortlists).toHaveLength(14);
    expect(result.stats).toMatchObject({ k: 2, maxExposure: 3 });
    expect(result.meta.seed).toBe("s1");
    expect(shortlistLimitsHold(result.shortlists, { k: 2, maxExposure: 3 })).toBe(true);
  });

  it("ranks one person's partners with --for", () => {
    const { status, stdout } = run(["recommend", cohortFile, "--for", "p001", "-k", "4"]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.id).toBe("p001");
    expect(result.suggestions.length).toBeLessThanOrEqual(4);
  });

  it("exits 1 for an unknown --for id and 2 for a bad -k", () => {
    const unknown = run(["recommend", cohortFile, "--for", "nobody", "--json"]);
    expect(unknown.status).toBe(1);
    expect(JSON.parse(unknown.stderr).error.issues[0].code).toBe("unknown_id");
    expect(run(["recommend", cohortFile, "-k", "two"]).status).toBe(2);
  });

  it("prints the JSON Schema of its options", () => {
    const { status, stdout } = run(["schema", "recommend-options"]);
    expect(status).toBe(0);
    const schema = JSON.parse(stdout);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["k", "maxExposure", "pins", "wishes"]));
    expect(Object.keys(schema.properties)).not.toContain("solver");
  });
});
