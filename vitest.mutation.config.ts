/**
 * The test configuration Stryker runs (`npm run test:mutation`): the unit and property
 * tests over `src/`, with the fast-check seed pinned so a mutant is killed or survives
 * the same way on every run. The CLI, package and browser tests run the built `dist/`,
 * which Stryker does not mutate, so they are left out (and with them the global setup
 * that builds `dist/`).
 */
import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.config.js";

process.env.FC_SEED ??= "20261129";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    globalSetup: [],
    exclude: [...configDefaults.exclude, "test/cli/**", "test/package/**", "test/browser/**"],
  },
});
