/**
 * `peermatch import`, run as the built binary: a CSV export and a mapping file in,
 * participants JSON out; problems for people on standard error with exit code 1.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli as run } from "../support/run-cli.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("peermatch import", () => {
  let dir = "";
  let mappingFile = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "peermatch-import-"));
    mappingFile = join(dir, "mapping.json");
    writeFileSync(
      mappingFile,
      `\uFEFF${JSON.stringify({ fields: { id: "Email", "availability.timezone": "Zone", "availability.slots": "Free" } })}`,
    );
  });

  it("prints the participants as JSON", () => {
    const csv = join(dir, "ok.csv");
    writeFileSync(csv, "Email,Zone,Free\nana@x,UTC+1,Mon 9:00 AM - 10:00 AM\n");
    const { status, stdout, stderr } = run(["import", csv, "--mapping", mappingFile]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { id: "ana@x", availability: { timezone: "Etc/GMT-1", slots: [{ day: "mon", start: "09:00", end: "10:00" }] } },
    ]);
  });

  it("writes the participants to -o and reads the export from standard input", () => {
    const out = join(dir, "participants.json");
    const { status, stdout } = run(
      ["import", "-", "--mapping", mappingFile, "-o", out],
      "Email,Zone,Free\nbo@x,CET,\n",
    );
    expect(status).toBe(0);
    expect(stdout).toContain("imported 1 participant from - into");
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual([{ id: "bo@x" }]);
    // The file is a cohort "peermatch match" takes.
    expect(run(["match", out, "--reference-date", "2026-03-02"]).status).toBe(0);
  });

  it("lists every bad cell for people on standard error, exit 1, and writes nothing", () => {
    const out = join(dir, "never.json");
    const { status, stdout, stderr } = run([
      "import",
      join(root, "examples", "data", "typeform.csv"),
      "--mapping",
      join(root, "examples", "data", "typeform.mapping.json"),
      "-o",
      out,
    ]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    const lines = stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^peermatch import: 2 problems in .*typeform\.csv or its mapping; nothing was written\.$/);
    expect(lines[1]).toMatch(/^ {2}row 8, column D "Which city or time zone are you in\?": "BST" is ambiguous/);
    expect(lines[2]).toMatch(/^ {2}row 8, column P .*"Tuesday evenings"/);
    expect(() => readFileSync(out)).toThrow();
  });

  it("reports a mapping that is not JSON as bad input, and usage mistakes with exit 2", () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ fields: ");
    const bad = run(["import", "-", "--mapping", broken], "Email\na\n");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^peermatch import: the mapping .*broken\.json is not valid JSON/);
    expect(run(["import", "-"], "Email\n").status).toBe(2);
    expect(run(["import", join(dir, "missing.csv"), "--mapping", mappingFile]).status).toBe(2);
    expect(run(["import", "--help"]).stdout).toContain("--mapping <mapping.json>");
  });
});
