#!/usr/bin/env bash
# `npm run bench:peers`: maximum-weight matching side by side with LEMON (C++) and the
# npm package edmonds-blossom, using the harness in <parent of this repo>/shared/peers.
# Builds the package, sets the peers up, generates the instances once, runs every
# (peer, instance) as a fresh process and prints the summary table with ratios, then a
# table of our cold (first solve in the process) and warm (JIT settled) times next to LEMON's.
#
# Environment (all optional):
#   PEERS_DIR  harness folder (default: the first shared/peers found walking up from the repo)
#   INST_DIR   instance folder (default /tmp/mwm-inst; generated when missing)
#   PEERS      peers to run (default lemon,eb,ours; add nx for networkx, which is very slow)
#   RUNS       runs per (peer, instance) (default 3)
#   INSTANCES  comma-separated instance names (default: all six)
#   MAXCARD=1  benchmark maxCardinality mode instead
#   WARM_RUNS  warm repeats per process after the cold solve (default 10, see peers-driver.mjs)
#   OUT        raw JSONL output (default /tmp/peermatch-peers-<time>.jsonl)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ -z "${PEERS_DIR:-}" ]; then
  dir="$ROOT"
  while [ "$dir" != "/" ]; do
    dir="$(dirname "$dir")"
    if [ -f "$dir/shared/peers/bench.py" ]; then PEERS_DIR="$dir/shared/peers"; break; fi
  done
fi
if [ -z "${PEERS_DIR:-}" ] || [ ! -f "$PEERS_DIR/bench.py" ]; then
  echo "bench:peers: cannot find shared/peers/bench.py above $ROOT; set PEERS_DIR" >&2
  exit 1
fi

INST_DIR="${INST_DIR:-/tmp/mwm-inst}"
PEERS="${PEERS:-lemon,eb,ours}"
RUNS="${RUNS:-3}"
INSTANCES="${INSTANCES:-dense-200,dense-500,dense-1000,dense-2000,knn-5000,knn-20000}"
OUT="${OUT:-/tmp/peermatch-peers-$(date +%Y%m%d-%H%M%S).jsonl}"
EXTRA=()
if [ "${MAXCARD:-0}" = "1" ]; then EXTRA+=(--maxcard); fi

(cd "$ROOT" && npm run --silent build >/dev/null)
bash "$PEERS_DIR/setup_peers.sh"
if [ ! -f "$INST_DIR/knn-20000.wg" ]; then python3 "$PEERS_DIR/gen_instances.py" "$INST_DIR"; fi

OURS_CMD="node --max-old-space-size=8192 $ROOT/bench/peers-driver.mjs" \
  python3 "$PEERS_DIR/bench.py" "$INST_DIR" "$OUT" --peers "$PEERS" --runs "$RUNS" --instances "$INSTANCES" "${EXTRA[@]}" >/dev/null
python3 "$PEERS_DIR/summarize.py" "$OUT"
python3 - "$OUT" <<'PY'
import json, statistics, sys
recs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
def med(inst, key, field="solve_ms"):
    xs = [r[field] for r in recs if r["instance"] == inst and r["peer_key"] == key and r.get("rc") == 0 and r.get("valid") and r.get(field) is not None]
    return statistics.median(xs) if xs else None
instances = sorted({r["instance"] for r in recs}, key=lambda s: (s.split("-")[0], int(s.split("-")[1])))
def cell(x):
    return "-" if x is None else (f"{x / 1000:.2f} s" if x >= 1000 else f"{x:.1f} ms")
def ratio(a, b):
    return "-" if a is None or b is None else f"{a / b:.2f}x"
print()
print("peermatch cold (first solve in a fresh process) and warm (same process, JIT settled) vs LEMON (medians):")
print()
print("| instance | LEMON | peermatch cold | cold / LEMON | peermatch warm | warm / LEMON |")
print("|---|---:|---:|---:|---:|---:|")
for inst in instances:
    lemon, cold, warm = med(inst, "lemon"), med(inst, "ours", "cold_ms"), med(inst, "ours", "warm_ms")
    print(f"| {inst} | {cell(lemon)} | {cell(cold)} | {ratio(cold, lemon)} | {cell(warm)} | {ratio(warm, lemon)} |")
print()
print("Speed-up of ours over edmonds-blossom (median cold solve time):")
for inst in instances:
    o, e = med(inst, "ours"), med(inst, "eb")
    if o and e:
        print(f"- {inst}: x{e / o:.1f}")
PY
echo "raw results: $OUT"
