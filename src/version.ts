/** The package version, recorded in every result's `meta` (a test keeps it equal to package.json). */
export const VERSION = "0.1.0";
