/**
 * The built `peermatch` executable, run as another platform would: JSON in on a file
 * or stdin, JSON (or a report) out on stdout or in -o, errors for people on stderr (JSON
 * with --json) and the documented exit codes: 0 ok, 1 bad input, 2 bad usage. The
 * global test setup rebuilds `dist/` whenever the sources changed, so this is the
 * current code.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli as run } from "../support/run-cli.js";
import { generateCohort } from "peermatch";

const root = fileURLToPath(new URL("../..", import.meta.url));

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
    const { status, stdout, stderr } = run(["rematch", previousFile, cohortFile, "--change", changeFile, "--json"]);
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
    const report = run(["circles", cohortFile, "--size", "4-5", "--format", "markdown"]);
    expect(report.status).toBe(0);
    expect(report.stdout).toContain("# Circles report");
    const circleFile = join(dir, "circles-result.json");
    writeFileSync(circleFile, stdout);
    const fromFile = run(["report", circleFile, "--format", "html"]);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toContain("<h1>Circles report</h1>");
    expect(fromFile.stdout.match(/aria-label="Circle \d+"/g)?.length).toBe(result.circles.length);
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

  it("prints the JSON Schema of the mentor options, and writes any schema to -o", () => {
    const mentor = JSON.parse(run(["schema", "mentor-options"]).stdout);
    expect(mentor.properties.stableSide.enum).toEqual(["mentees", "mentors"]);
    const out = join(dir, "participant.schema.json");
    const { status, stdout } = run(["schema", "participant", "-o", out]);
    expect(status).toBe(0);
    expect(stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).properties.id).toMatchObject({ type: "string" });
  });

  it("matches mentors from a programme file, or from a mentors file and a mentees file", () => {
    const people = generateCohort(12, { seed: "mentors" });
    const mentors = people.slice(0, 4).map((person) => ({ ...person, capacity: 2 }));
    const mentees = people.slice(4);
    const programme = join(dir, "programme.json");
    writeFileSync(
      programme,
      JSON.stringify({ mentors, mentees, options: { availability: { referenceDate: "2026-03-02" } } }),
    );
    const one = run(["mentors", programme, "--solver", "stable", "--stable-side", "mentors"]);
    expect(one.status).toBe(0);
    const result = JSON.parse(one.stdout);
    expect(result.stats).toMatchObject({ solver: "stable", stableSide: "mentors", mentors: 4, mentees: 8 });
    writeFileSync(join(dir, "mentors.json"), JSON.stringify(mentors));
    writeFileSync(join(dir, "mentees.json"), JSON.stringify(mentees));
    const two = run([
      "mentors",
      join(dir, "mentors.json"),
      join(dir, "mentees.json"),
      "--reference-date",
      "2026-03-02",
    ]);
    expect(two.status).toBe(0);
    expect(JSON.parse(two.stdout).stats.mentees).toBe(8);
    expect(run(["mentors", programme, "--stable-side", "mentes"]).status).toBe(2);
    expect(run(["mentors", programme, "--format", "markdown"]).stdout).toContain("# Mentor match report");
  });

  it("schedules rotations, on a calendar", () => {
    const { status, stdout } = run([
      "rotate",
      cohortFile,
      "--rounds",
      "3",
      "--start-date",
      "2026-01-15",
      "--cadence",
      "weekly",
    ]);
    expect(status).toBe(0);
    const schedule = JSON.parse(stdout);
    expect(schedule.rounds.map((round: { date: string }) => round.date)).toEqual([
      "2026-01-15",
      "2026-01-22",
      "2026-01-29",
    ]);
    expect(run(["rotate", cohortFile]).status).toBe(2);
    expect(run(["rotate", cohortFile, "--rounds", "1.5"]).status).toBe(2);
    expect(run(["rotate", cohortFile, "--rounds", "0x2"]).status).toBe(2);
    expect(run(["rotate", cohortFile, "--rounds", "2", "--cadence", "daily"]).status).toBe(2);
  });

  it("renders a report of a result file, with names from the participants, to -o", () => {
    const people = generateCohort(10, { seed: "named" }).map((person, k) => ({ ...person, name: `Person ${k}` }));
    const cohort = join(dir, "named.json");
    writeFileSync(
      cohort,
      JSON.stringify({ participants: people, options: { availability: { referenceDate: "2026-03-02" } } }),
    );
    const resultFile = join(dir, "named-result.json");
    expect(run(["match", cohort, "-o", resultFile]).status).toBe(0);
    const markdown = run(["report", resultFile, "--participants", cohort, "--low-score", "0.5"]);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/Person \d \(p0\d\d\)/);
    expect(markdown.stdout).toContain("| Below 0.50 |");
    const html = join(dir, "report.html");
    const written = run(["report", resultFile, "--format", "html", "-o", html]);
    expect(written).toMatchObject({ status: 0, stdout: "" });
    expect(readFileSync(html, "utf8")).toContain("<!doctype html>");
    expect(run(["report", resultFile, "--low-score", "0x1"]).status).toBe(2);
    expect(run(["report", resultFile, "--low-score", "2"]).status).toBe(1);
    expect(run(["report", resultFile, "--format", "pdf"]).status).toBe(2);
  });

  it("accepts a UTF-8 byte order mark", () => {
    const bom = join(dir, "bom.json");
    writeFileSync(bom, `\uFEFF${JSON.stringify(generateCohort(4, { seed: "bom" }))}`);
    expect(run(["match", bom, "--reference-date", "2026-03-02"]).status).toBe(0);
  });

  it("prints its version", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(run(["--version"])).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("has --help for the whole CLI and for every command, on standard output with exit 0", () => {
    const overview = run(["--help"]);
    expect(overview.status).toBe(0);
    for (const command of ["match", "mentors", "rematch", "rotate", "report", "schema", "import"]) {
      expect(overview.stdout).toContain(`  ${command} `);
      for (const args of [
        [command, "--help"],
        [command, "-h"],
        ["help", command],
      ]) {
        const help = run(args);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain(`Usage: peermatch ${command}`);
      }
    }
  });

  describe("exit codes and errors", () => {
    it("0 on success", () => {
      expect(run(["match", cohortFile]).status).toBe(0);
    });

    it("2 without arguments: the usage on standard error, nothing on standard output", () => {
      const { status, stdout, stderr } = run([]);
      expect(status).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain("Usage: peermatch <command>");
    });

    it("1 for bad input, described for people on standard error", () => {
      const { status, stdout, stderr } = run(["match", "-"], JSON.stringify([{ id: "a" }, { id: "a" }]));
      expect(status).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^peermatch match: 1 problem in the input:\n {2}- matchPeers: .*\(at \[1\]\.id\)\n$/);
    });

    it("1 for bad input as JSON on standard error with --json", () => {
      const { status, stdout, stderr } = run(["match", "-", "--json"], JSON.stringify([{ id: "a" }, { id: "a" }]));
      expect(status).toBe(1);
      expect(stdout).toBe("");
      const { error } = JSON.parse(stderr);
      expect(error.name).toBe("MatchInputError");
      expect(error.issues[0].code).toBe("duplicate_id");
    });

    it("1 for a file that is not valid JSON or not a cohort", () => {
      const invalid = join(dir, "invalid.json");
      writeFileSync(invalid, "{ participants: ");
      const { status, stderr } = run(["match", invalid]);
      expect(status).toBe(1);
      expect(stderr).toContain("is not valid JSON");
      expect(run(["match", "-"], "{oops").status).toBe(1);
      expect(run(["match", "-"], JSON.stringify({ people: [] })).status).toBe(1);
      expect(run(["match", "-"], "42").status).toBe(1);
    });

    it("2 for a missing input file, an unknown command, a missing argument or too many", () => {
      expect(run(["match", join(dir, "missing.json")]).status).toBe(2);
      expect(run(["report", join(dir, "missing.json")]).status).toBe(2);
      expect(run(["match"]).status).toBe(2);
      expect(run(["match", cohortFile, cohortFile]).status).toBe(2);
      expect(run(["rematch", cohortFile]).status).toBe(2);
      const unknown = run(["mach"]);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('unknown command "mach" (did you mean "match"?)');
      expect(run(["--verison"]).stderr).toContain("did you mean --version?");
    });

    it("2 for an unknown flag, with a suggestion, or a flag without its value", () => {
      const typo = run(["match", cohortFile, "--solvr", "fair"]);
      expect(typo.status).toBe(2);
      expect(typo.stdout).toBe("");
      expect(typo.stderr).toContain("unknown flag --solvr (did you mean --solver?)");
      expect(run(["match", cohortFile, "--seed"]).status).toBe(2);
      const json = run(["match", cohortFile, "--solvr", "fair", "--json"]);
      expect(json.status).toBe(2);
      expect(JSON.parse(json.stderr).error).toMatchObject({ name: "UsageError" });
    });

    it("2 for a number the CLI cannot read strictly (hex, trailing text, empty)", () => {
      const previousFile = join(dir, "keep-previous.json");
      writeFileSync(previousFile, run(["match", cohortFile]).stdout);
      for (const keep of ["0x10", "10abc", "", "Infinity", "-1"]) {
        const { status, stderr } = run(["rematch", previousFile, cohortFile, "--keep", keep]);
        expect(status, `--keep ${JSON.stringify(keep)}`).toBe(2);
        expect(stderr).toContain("--keep");
      }
      expect(run(["rematch", previousFile, cohortFile, "--keep", "fewest-brokn"]).stderr).toContain(
        'did you mean "fewest-broken"',
      );
      expect(run(["rematch", previousFile, cohortFile, "--keep", "0.25"]).status).toBe(0);
    });

    it("2 for an output file that cannot be written", () => {
      expect(run(["match", cohortFile, "-o", join(dir, "no-such-dir", "out.json")]).status).toBe(2);
    });

    it("1 for a bad option value the library checks (an unknown solver), with its suggestion", () => {
      const { status, stderr } = run(["match", cohortFile, "--solver", "optimla"]);
      expect(status).toBe(1);
      expect(stderr).toContain("optimal");
    });
  });
});
