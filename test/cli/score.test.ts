/**
 * `peermatch score`, run as the built binary: a hand-made matching scored as JSON or as a
 * report, the groups from the input or from --groups, and bad groups as exit code 1.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCohort, scoreMatching } from "peermatch";
import { runCli as run } from "../support/run-cli.js";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };

describe("peermatch score", () => {
  const participants = generateCohort(8, { seed: "cli-score" });
  const groups = [
    ["p001", "p002"],
    ["p003", "p004", "p005"],
  ];
  let dir = "";
  let inputFile = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "peermatch-score-"));
    inputFile = join(dir, "input.json");
    writeFileSync(inputFile, JSON.stringify({ participants, groups, options: OPTIONS }));
  });

  it("prints the scored matching as JSON, equal to scoreMatching's", () => {
    const { status, stdout } = run(["score", inputFile]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(scoreMatching(participants, groups, OPTIONS))));
  });

  it("takes the groups from --groups and the match flags on top of the input's options", () => {
    const groupsFile = join(dir, "groups.json");
    writeFileSync(groupsFile, JSON.stringify([["p006", "p007"]]));
    const { status, stdout } = run(["score", inputFile, "--groups", groupsFile, "--seed", "s2"]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.pairs.map((pair: { members: string[] }) => pair.members)).toEqual([["p006", "p007"]]);
    expect(result.meta.seed).toBe("s2");
    expect(result.unmatched).toHaveLength(6);
  });

  it("renders the what-if report with the comparison", () => {
    const { status, stdout } = run(["score", inputFile, "--format", "markdown"]);
    expect(status).toBe(0);
    expect(stdout).toContain("Compared with the optimum");
  });

  it("exits 1 for bad groups, naming the field and the participant (JSON errors with --json)", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ participants, groups: [["p001", "p001", "p002", "p003"]], options: OPTIONS }));
    const { status, stderr } = run(["score", bad, "--json"]);
    expect(status).toBe(1);
    const error = JSON.parse(stderr);
    expect(JSON.stringify(error)).toContain("groups");
    const missing = join(dir, "missing.json");
    writeFileSync(missing, JSON.stringify({ participants }));
    expect(run(["score", missing]).status).toBe(1);
  });

  it("prints the JSON Schema of its input, and has --help", () => {
    const schema = JSON.parse(run(["schema", "score"]).stdout);
    expect(Object.keys(schema.properties)).toEqual(["participants", "groups", "options"]);
    expect(schema.required).toEqual(["participants", "groups"]);
    const help = run(["score", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: peermatch score");
    expect(run(["--help"]).stdout).toContain("  score ");
  });
});
