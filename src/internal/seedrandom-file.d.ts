/**
 * Types for seedrandom's own file (its ARC4 generator without the alternative generators
 * the package index adds); the function is the one `@types/seedrandom` describes.
 */
declare module "seedrandom/seedrandom.js" {
  import seedrandom = require("seedrandom");
  export = seedrandom;
}
