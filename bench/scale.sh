#!/usr/bin/env bash
# `npm run bench:scale`: the scale and adversarial cases of bench/scale.ts, bundled with
# the library by esbuild as the published package is (running the sources through tsx
# instead turns every cross-module call into a getter call and is several times
# slower on the hot loops), each in a
# fresh process under /usr/bin/time -v (wall time, CPU time and peak RSS), a time limit
# per case. On a shared machine the CPU time (user + system) is the steadier figure.
# Pass case lines to run only some: `bash bench/scale.sh "peers 2000" "trios 4001"`.
#
# Environment: LIMIT CPU seconds per case (default 300; a CPU limit, not a wall-clock one,
# so a busy machine does not turn a slow case into a timeout), RUNS runs per case (default 1).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIMIT="${LIMIT:-300}"
RUNS="${RUNS:-1}"
CASES=("$@")
BUNDLE="$(mktemp -d)/scale.mjs"
(cd "$ROOT" && npx esbuild bench/scale.ts --bundle --platform=node --format=esm --log-level=warning --outfile="$BUNDLE") || exit 1
if [ ${#CASES[@]} -eq 0 ]; then
  CASES=(
    "peers 2000" "peers 5000" "peers 10000" "peers 20000" "peers 100000"
    "normal 2003 unmatched" "odd-one-out 2003"
    "normal 4001" "trios 4001"
    "normal 2003" "unmatched-details 2003"
    "normal 2000" "long-seed 2000 65536" "long-seed 2000 10000000"
    "optimal 2000" "fair 2000" "optimal 20000" "fair 20000"
    "mentors 2000 20000" "rotate 10000 10" "rematch 100000"
  )
fi
echo "# $(date -u +%FT%TZ) $(uptime)"
for line in "${CASES[@]}"; do
  for ((run = 1; run <= RUNS; run++)); do
    out="$(mktemp)"
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$out.time" bash -c "ulimit -t $LIMIT; exec node --max-old-space-size=8192 \"$BUNDLE\" $line" >"$out" 2>&1
    rc=$?
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f MB", $2 / 1024}' "$out.time")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out.time")
    cpu=$(awk -F': ' '/User time|System time/ {t += $2} END {printf "%.1f s", t}' "$out.time")
    if [ $rc -eq 137 ] || [ $rc -eq 152 ] || grep -q "signal 9\|signal 24" "$out.time"; then echo "$line: no answer after ${LIMIT} s of CPU (peak ${rss})";
    elif [ $rc -ne 0 ]; then echo "$line: exit $rc (peak ${rss}): $(tail -n 3 "$out" | tr '\n' ' ')";
    else echo "$(tail -n 1 "$out") [process ${wall} wall, ${cpu} cpu, peak ${rss}]"; fi
    rm -f "$out" "$out.time"
  done
done
