/**
 * The research options are documented interfaces (every field shows its JSDoc and default
 * on hover and in the API reference), and they say exactly what the zod schemas accept:
 * a field added to a schema must be added, with its JSDoc, to the interface (and back).
 */
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import {
  fitWeights,
  simulateProgramme,
  type ExportPairsOptions,
  type FitWeightsOptions,
  type ProgrammePolicy,
  type SimulateOutcomesOptions,
  type SimulateProgrammeOptions,
} from "peermatch/research";
import type {
  ExportPairsOptionsSchema,
  FitWeightsOptionsSchema,
  ProgrammePolicySchema,
  SimulateOutcomesOptionsSchema,
  SimulateProgrammeOptionsSchema,
} from "../../src/model/research-options-schema.js";

/** `T` with every `readonly` removed, deeply (functions kept as they are). */
type Mutable<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;

describe("the research option interfaces match the zod schemas", () => {
  it("FitWeightsOptions is what FitWeightsOptionsSchema accepts", () => {
    expectTypeOf<Mutable<FitWeightsOptions>>().toEqualTypeOf<Mutable<z.input<typeof FitWeightsOptionsSchema>>>();
  });

  it("SimulateOutcomesOptions is what SimulateOutcomesOptionsSchema accepts", () => {
    expectTypeOf<Mutable<SimulateOutcomesOptions>>().toEqualTypeOf<
      Mutable<z.input<typeof SimulateOutcomesOptionsSchema>>
    >();
  });

  it("SimulateProgrammeOptions and ProgrammePolicy are what their schemas accept", () => {
    expectTypeOf<Mutable<SimulateProgrammeOptions>>().toEqualTypeOf<
      Mutable<z.input<typeof SimulateProgrammeOptionsSchema>>
    >();
    expectTypeOf<Mutable<ProgrammePolicy>>().toEqualTypeOf<Mutable<z.input<typeof ProgrammePolicySchema>>>();
  });

  it("ExportPairsOptions is what ExportPairsOptionsSchema accepts", () => {
    expectTypeOf<Mutable<ExportPairsOptions>>().toEqualTypeOf<Mutable<z.input<typeof ExportPairsOptionsSchema>>>();
  });

  it("the functions take the interfaces, so a misspelt option does not compile", () => {
    expectTypeOf(fitWeights).parameter(2).toEqualTypeOf<FitWeightsOptions | undefined>();
    // @ts-expect-error -- "lamda" is not an option
    fitWeights([{ id: "a" }], [], { lamda: 1 });
    // @ts-expect-error -- trueWeights is required
    simulateProgramme([{ id: "a" }], { months: 2 });
  });
});
