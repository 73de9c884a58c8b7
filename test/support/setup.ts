import fc from "fast-check";
import { debugChecks } from "../../src/internal/debug.js";

// Every solver run in the tests also checks its internal invariants.
debugChecks.enabled = true;

// Property runs replay from a printed seed: set FC_SEED to pin it (CI does), and
// FC_NUM_RUNS to run longer than the default outside CI.
const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : Date.now() % 2 ** 31;
const numRuns = process.env.FC_NUM_RUNS !== undefined ? Number(process.env.FC_NUM_RUNS) : undefined;
fc.configureGlobal({ seed, ...(numRuns !== undefined ? { numRuns } : {}) });
