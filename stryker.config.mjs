// Mutation testing (`npm run test:mutation`, scoped with `-- --mutate "src/programs/**"`).
// Reports and the incremental state go to reports/, which is not committed.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  mutate: ["src/**/*.ts", "!src/cli/bin.ts"],
  coverageAnalysis: "perTest",
  incremental: true,
  incrementalFile: "reports/mutation/incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  concurrency: 2,
  // The first full run of the suite measures coverage per test; on a loaded 2-core machine it needs more than the default 5 minutes.
  dryRunTimeoutMinutes: 30,
  ignorePatterns: ["dist", "docs/api", "reports", "compare-solvers-output"],
  tempDirName: ".stryker-tmp",
};
