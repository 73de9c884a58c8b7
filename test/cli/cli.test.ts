/**
 * The built `peermatch` executable, run as another platform would: JSON in on a file
 * or stdin, JSON out on stdout, JSON errors on stderr with a non-zero exit code. The
 * global test setup rebuilds `dist/` whenever the sources changed, so this is the
 * current code.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCohort } from "peermatch";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, "dist", "cli.js");

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: "utf8",
    ...(input !== undefined ? { input } : {}),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("peermatch CLI", () => {
  let dir = "";
  let cohortFile = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "peermatch-cli-"));
    cohortFile = join(dir, "cohort.json");
    writeFileSync(
      cohortFile,
      JSON.stringify({
        participants: generateCohort(12, { seed: "cli" }),
        options: { availability: { referenceDate: "2026-03-02" } },
      }),
    );
  });

  it("matches a cohort file and prints the result as JSON", () => {
    const { status, stdout } = run(["match", cohortFile, "--solver", "fair", "--seed", "s1"]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.stats.solver).toBe("fair");
    expect(result.meta).toMatchObject({ seed: "s1", referenceDate: "2026-03-02" });
    const accounted =
      result.pairs.reduce((sum: number, pair: { members: string[] }) => sum + pair.members.length, 0) +
      result.unmatched.length;
    expect(accounted).toBe(12);
  });

  it("reads a bare participant array from standard input", () => {
    const { status, stdout } = run(
      ["match", "-", "--reference-date", "2026-03-02"],
      JSON.stringify(generateCohort(6, { seed: "stdin" })),
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout).stats.participants).toBe(6);
  });

  it("renders Markdown and HTML reports", () => {
    expect(run(["match", cohortFile, "--format", "markdown"]).stdout).toContain("# Match report");
    expect(run(["match", cohortFile, "--format", "html"]).stdout).toContain("<svg");
  });

  it("re-matches from a previous result", () => {
    const previousFile = join(dir, "previous.json");
    const previous = JSON.parse(run(["match", cohortFile]).stdout);
    writeFileSync(previousFile, JSON.stringify(previous));
    const [a, b] = previous.pairs[0].members;
    const { status, stdout } = run(["rematch", previousFile, cohortFile, "--dissolve", `${a},${b}`]);
    expect(status).toBe(0);
    const next = JSON.parse(stdout);
    expect(next.diff.dissolved.length).toBeGreaterThanOrEqual(1);
    expect(next.pairs.some((pair: { members: string[] }) => pair.members.includes(a) && pair.members.includes(b))).toBe(
      false,
    );
  });

  it("re-matches with a change file, which can name ids that contain commas", () => {
    const people = ["a,1", "b", "c", "d"].map((id) => ({ id, goals: ["leadership"] }));
    const cohort = join(dir, "commas.json");
    writeFileSync(
      cohort,
      JSON.stringify({ participants: people, options: { availability: { referenceDate: "2026-03-02" } } }),
    );
    const previousFile = join(dir, "commas-previous.json");
    const previous = JSON.parse(run(["match", cohort]).stdout);
    writeFileSync(previousFile, JSON.stringify(previous));
    const pair = previous.pairs.find((p: { members: string[] }) => p.members.includes("a,1")).members;
    const changeFile = join(dir, "change.json");
    writeFileSync(changeFile, JSON.stringify({ dissolve: [pair] }));
    const { status, stdout } = run(["rematch", previousFile, cohort, "--change", changeFile]);
    expect(status).toBe(0);
    const next = JSON.parse(stdout);
    expect(
      next.pairs.some((p: { members: string[] }) => p.members.includes(pair[0]) && p.members.includes(pair[1])),
    ).toBe(false);
    expect(next.diff.dissolved).toContainEqual([...pair].sort());
  });

  it("rejects a change file with an unknown key, suggesting the field meant (exit code 1)", () => {
    const previousFile = join(dir, "typo-previous.json");
    const previous = JSON.parse(run(["match", cohortFile]).stdout);
    writeFileSync(previousFile, JSON.stringify(previous));
    const changeFile = join(dir, "typo-change.json");
    writeFileSync(changeFile, JSON.stringify({ disolve: [previous.pairs[0].members.slice(0, 2)] }));
    const { status, stdout, stderr } = run(["rematch", previousFile, cohortFile, "--change", changeFile]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    const { error } = JSON.parse(stderr);
    expect(error.issues[0]).toMatchObject({ code: "unrecognized_key", path: ["change", "disolve"] });
    expect(error.issues[0].message).toContain('did you mean "dissolve"');
  });

  it("re-matches with the library's default keep policy and the options recorded in the previous result", () => {
    const people = ["a", "b", "c", "d", "e", "f"].map((id) => ({ id, goals: ["leadership"], languages: ["en"] }));
    const cohort = join(dir, "complete.json");
    writeFileSync(cohort, JSON.stringify(people));
    const previousFile = join(dir, "complete-previous.json");
    const previous = JSON.parse(run(["match", cohort, "--seed", "spring", "--reference-date", "2026-03-02"]).stdout);
    writeFileSync(previousFile, JSON.stringify(previous));
    const [a, b] = previous.pairs[0].members;
    const { status, stdout } = run(["rematch", previousFile, cohort, "--dissolve", `${a},${b}`]);
    expect(status).toBe(0);
    const next = JSON.parse(stdout);
    // fewest-broken: both dissolved people get new partners by changing one other pair.
    expect(next.unmatched).toEqual([]);
    expect(next.churn).toBe(2);
    expect(next.meta).toMatchObject({ seed: "spring", referenceDate: "2026-03-02", format: 1 });
    expect(next.history.dissolved).toEqual([[a, b].sort()]);
    const kept = run(["rematch", previousFile, cohort, "--dissolve", `${a},${b}`, "--keep", "all"]);
    expect(
      JSON.parse(kept.stdout)
        .unmatched.map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual([a, b].sort());
  });

  it("forms circles, and rounds of circles with --rounds, as JSON", () => {
    const { status, stdout } = run(["circles", cohortFile, "--size", "4-5", "--seed", "s1"]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    const accounted =
      result.circles.reduce((sum: number, circle: { members: string[] }) => sum + circle.members.length, 0) +
      result.unmatched.length;
    expect(accounted).toBe(12);
    for (const circle of result.circles) expect(circle.members.length).toBeGreaterThanOrEqual(4);
    const schedule = JSON.parse(run(["circles", cohortFile, "--rounds", "2", "--size", "4-4"]).stdout);
    expect(schedule.rounds).toHaveLength(2);
    expect(run(["circles", cohortFile, "--size", "four"]).status).toBe(2);
    expect(JSON.parse(run(["schema", "circle-options"]).stdout).properties.solver.enum).toEqual(["optimal", "fair"]);
  });

  it("prints the JSON Schema of participants, options and outcomes", () => {
    const participant = JSON.parse(run(["schema"]).stdout);
    expect(participant.properties.id).toMatchObject({ type: "string" });
    const options = JSON.parse(run(["schema", "options"]).stdout);
    expect(options.properties.solver.enum).toEqual(["optimal", "fair", "stable", "greedy"]);
    const outcomes = JSON.parse(run(["schema", "outcomes"]).stdout);
    expect(outcomes.type).toBe("array");
    expect(run(["schema", "outcome"]).status).toBe(2);
  });

  it("reports bad input as JSON on stderr with exit code 1", () => {
    const { status, stdout, stderr } = run(["match", "-"], JSON.stringify([{ id: "a" }, { id: "a" }]));
    expect(status).toBe(1);
    expect(stdout).toBe("");
    const { error } = JSON.parse(stderr);
    expect(error.name).toBe("MatchInputError");
    expect(error.issues[0].code).toBe("duplicate_id");
  });

  it("reports usage mistakes with exit code 2, and has --help for every command", () => {
    expect(run(["frobnicate"]).status).toBe(2);
    expect(run(["match"]).status).toBe(2);
    expect(run(["match", join(dir, "missing.json")]).status).toBe(2);
    for (const command of ["match", "rematch", "schema"]) {
      const help = run([command, "--help"]);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`Usage: peermatch ${command}`);
    }
    expect(run(["--help"]).stdout).toContain("Commands:");
  });
});
