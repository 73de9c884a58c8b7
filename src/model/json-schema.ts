/**
 * JSON Schema for callers that do not use TypeScript or zod: the participant input
 * shape as draft 2020-12. Checks that need code (time zones known to `Intl`, slots with
 * a length, unique ids, importance keys) are not expressible there; `normaliseCohort`
 * still applies them.
 */
import { z } from "zod";
import { ParticipantSchema } from "./participant-schema.js";

/**
 * The JSON Schema (draft 2020-12) of one participant as a caller sends it. Built on
 * each call (no module-scope work); cache it if you call it often.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * writeFileSync("participant.schema.json", JSON.stringify(participantJsonSchema(), null, 2));
 * ```
 */
export function participantJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ParticipantSchema, { io: "input" }) as Record<string, unknown>;
}
