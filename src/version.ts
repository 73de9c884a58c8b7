/**
 * The version of this copy of peermatch, as in its package.json (a test keeps the two
 * equal); every result records it in `meta.version`.
 *
 * @example
 * ```ts
 * import { version } from "peermatch";
 * console.log(`matched with peermatch ${version}`);
 * ```
 */
export const version = "0.1.0";
