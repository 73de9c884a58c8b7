#!/usr/bin/env bash
# `npm run bench:scoring`: bench/scoring-scale.ts bundled with esbuild, as the published
# package is, then run with node. Running the sources through tsx instead turns every
# cross-module call into a getter call, which is several times slower on the scoring
# loop and so measures the loader rather than the library.
# Pass the sizes: `bash bench/scoring.sh 2000 10000` (default 2000 10000).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE="$(mktemp -d)/scoring.mjs"
(cd "$ROOT" && npx esbuild bench/scoring-scale.ts --bundle --platform=node --format=esm --log-level=warning --outfile="$BUNDLE")
if [ $# -eq 0 ]; then set -- 2000 10000; fi
echo "# $(date -u +%FT%TZ) $(uptime)"
node "$BUNDLE" "$@"
