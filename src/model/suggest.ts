/**
 * The known field names at an issue's path in a zod schema, for "did you mean …?" on
 * unknown keys (the suggestion itself is `errors/suggest.ts`).
 */
import type * as z from "zod/mini";

/** The keys of the object schema found by following `path` into `schema` ([] when none). */
export function knownKeysAt(schema: z.core.$ZodType, path: readonly (string | number)[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  let depth = 0;
  while (current !== undefined) {
    const def = current._zod.def as z.core.$ZodTypeDef & {
      innerType?: z.core.$ZodType;
      out?: z.core.$ZodType;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
      valueType?: z.core.$ZodType;
    };
    if (def.type === "optional" || def.type === "nullable" || def.type === "default") {
      current = def.innerType;
      continue;
    }
    if (def.type === "pipe") {
      current = def.out;
      continue;
    }
    if (depth === path.length) return def.type === "object" && def.shape !== undefined ? Object.keys(def.shape) : [];
    const key = path[depth++];
    if (def.type === "object" && def.shape !== undefined && typeof key === "string" && Object.hasOwn(def.shape, key)) {
      current = def.shape[key];
    } else if (def.type === "array") {
      current = def.element;
    } else if (def.type === "record") {
      current = def.valueType;
    } else {
      return [];
    }
  }
  return [];
}
