#!/usr/bin/env node
// Driver for peer "ours" in ../shared/peers/bench.py: reads one `.wg` instance, runs
// maxWeightMatchingArrays from the built package (run `npm run build` first; this file
// imports ../dist/algorithms.js), checks the result and prints the harness's JSON line.
// Usage: node bench/peers-driver.mjs INSTANCE.wg [--maxcard]
// solve_ms covers the whole maxWeightMatchingArrays call (validation, CSR build, solve) of
// the first, cold solve in this fresh process (the JIT has not seen the solver yet; cold_ms
// repeats it). Then the same call runs WARM_RUNS more times (env, default 10; 0 skips it),
// every result checked to equal the cold one, and warm_ms is the median of the later half
// of those runs (the earlier ones still see the JIT tiering up).
import { existsSync, readFileSync } from "node:fs";

const built = new URL("../dist/algorithms.js", import.meta.url);
if (!existsSync(built)) {
  console.error("peers-driver: dist/algorithms.js is missing; run `npm run build` first");
  process.exit(2);
}
const { maxWeightMatchingArrays } = await import(built.href);

const file = process.argv[2];
if (file === undefined) {
  console.error("usage: node bench/peers-driver.mjs INSTANCE.wg [--maxcard]");
  process.exit(2);
}
const maxCardinality = process.argv.includes("--maxcard");
const t0 = process.hrtime.bigint();
const data = readFileSync(file, "latin1");
let pos = 0;
function nextInt() {
  while (pos < data.length) {
    const c = data.charCodeAt(pos);
    if (c === 45 || (c >= 48 && c <= 57)) break;
    pos++;
  }
  let negative = false;
  if (data.charCodeAt(pos) === 45) {
    negative = true;
    pos++;
  }
  let x = 0;
  while (pos < data.length) {
    const c = data.charCodeAt(pos);
    if (c < 48 || c > 57) break;
    x = x * 10 + (c - 48);
    pos++;
  }
  return negative ? -x : x;
}
const n = nextInt();
const m = nextInt();
const from = new Int32Array(m);
const to = new Int32Array(m);
const weight = new Float64Array(m);
for (let k = 0; k < m; k++) {
  from[k] = nextInt();
  to[k] = nextInt();
  weight[k] = nextInt();
}
const t1 = process.hrtime.bigint();
const mate = maxWeightMatchingArrays(n, from, to, weight, { maxCardinality });
const t2 = process.hrtime.bigint();

const warmRuns = Number(process.env.WARM_RUNS ?? 10);
const warmTimes = [];
for (let r = 0; r < warmRuns; r++) {
  const s0 = process.hrtime.bigint();
  const again = maxWeightMatchingArrays(n, from, to, weight, { maxCardinality });
  warmTimes.push(Number(process.hrtime.bigint() - s0) / 1e6);
  for (let v = 0; v < n; v++) {
    if (again[v] !== mate[v]) {
      console.error(`peers-driver: warm run ${r} differs from the cold run at vertex ${v}`);
      process.exit(3);
    }
  }
}
const settled = warmTimes.slice(Math.floor(warmTimes.length / 2)).sort((a, b) => a - b);
const warmMs = settled.length > 0 ? settled[Math.floor((settled.length - 1) / 2)] : null;

// Independent check: symmetric mate, and every matched pair is an input edge.
let valid = mate.length === n;
for (let v = 0; v < n && valid; v++) {
  const u = mate[v];
  if (u !== -1 && (u < 0 || u >= n || mate[u] !== v)) valid = false;
}
let total = 0;
let size = 0;
for (let k = 0; k < m; k++) {
  if (mate[from[k]] === to[k]) {
    total += weight[k];
    size++;
  }
}
let matchedVertices = 0;
for (let v = 0; v < n; v++) if (mate[v] !== -1) matchedVertices++;
if (matchedVertices !== 2 * size) valid = false;
const ms = (a, b) => Number(b - a) / 1e6;
console.log(
  JSON.stringify({
    peer: "peermatch",
    maxcard: maxCardinality,
    n,
    m,
    weight: total,
    size,
    parse_ms: +ms(t0, t1).toFixed(3),
    build_ms: 0,
    solve_ms: +ms(t1, t2).toFixed(3),
    cold_ms: +ms(t1, t2).toFixed(3),
    warm_ms: warmMs === null ? null : +warmMs.toFixed(3),
    warm_runs: warmRuns,
    valid,
  }),
);
