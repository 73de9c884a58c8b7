/**
 * Runs once before the whole test run (vitest `globalSetup`):
 *
 * 1. Builds `dist/` when the sources changed since the last build, so the CLI, bundle and
 *    browser tests never run stale code. The build is keyed by a hash of everything it
 *    reads (`src/`, package.json, the tsup and TypeScript configs), not by file times,
 *    which a fresh clone does not preserve.
 * 2. Makes sure the browser tests have a browser: Debian's Chromium, installed with apt
 *    when it is missing and the run may install packages (root on Debian), else the
 *    browser tests fail with what to run. `PEERMATCH_SKIP_BROWSER=1` skips them on
 *    purpose, for local runs only: it is an error under CI (`PEERMATCH_REQUIRE_BROWSER=1`).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const root = fileURLToPath(new URL("../..", import.meta.url));
const stampFile = join(root, "dist", ".source-hash");
/** A cold build with declarations takes about a minute on a loaded 2-core machine. */
const BUILD_TIMEOUT_MS = 10 * 60_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** What the browser tests get: a Chromium path, a deliberate skip, or why there is none. */
export type BrowserSetup = { path: string } | { skipped: true } | { missing: string };

declare module "vitest" {
  export interface ProvidedContext {
    browser: BrowserSetup;
  }
}

export default function setup(project: TestProject): void {
  buildWhenStale();
  project.provide("browser", browserSetup());
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function sourceHash(): string {
  const hash = createHash("sha256");
  const inputs = [
    ...filesUnder(join(root, "src")),
    ...["package.json", "tsup.config.ts", "tsconfig.json"].map((f) => join(root, f)),
  ];
  for (const file of inputs.sort()) {
    hash.update(relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

function buildWhenStale(): void {
  const hash = sourceHash();
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash) return;
  console.log("test setup: sources changed since the last build; building dist/ (npm run build)");
  const build = spawnSync("npm", ["run", "build", "--silent"], {
    cwd: root,
    encoding: "utf8",
    timeout: BUILD_TIMEOUT_MS,
  });
  if (build.status !== 0) {
    const why = build.error ? String(build.error) : `${build.stdout}\n${build.stderr}`;
    throw new Error(`test setup: npm run build failed, so the CLI and package tests cannot run:\n${why}`);
  }
  writeFileSync(stampFile, hash);
}

function browserSetup(): BrowserSetup {
  const required = process.env.PEERMATCH_REQUIRE_BROWSER === "1";
  if (process.env.PEERMATCH_SKIP_BROWSER === "1") {
    if (required) return { missing: "PEERMATCH_SKIP_BROWSER=1 is not allowed where PEERMATCH_REQUIRE_BROWSER=1 (CI)" };
    console.log("test setup: PEERMATCH_SKIP_BROWSER=1, the browser tests are skipped");
    return { skipped: true };
  }
  if (existsSync(CHROMIUM)) return { path: CHROMIUM };
  if (process.env.CHROMIUM_PATH === undefined && canInstallDebianPackages()) {
    console.log("test setup: installing Debian's chromium for the browser tests (apt-get install chromium)");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { encoding: "utf8", env });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { encoding: "utf8", env });
    if (existsSync(CHROMIUM)) return { path: CHROMIUM };
  }
  return {
    missing:
      `Chromium was not found at ${CHROMIUM}. Install it (Debian: apt-get install chromium), ` +
      "or point CHROMIUM_PATH at a Chromium binary; to skip the browser tests locally, set PEERMATCH_SKIP_BROWSER=1.",
  };
}

function canInstallDebianPackages(): boolean {
  return process.getuid?.() === 0 && spawnSync("apt-get", ["--version"], { encoding: "utf8" }).status === 0;
}
