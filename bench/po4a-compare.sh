#!/usr/bin/env bash
# Optional: times Debian's po4a next to tarjama on the corpus `npm run bench` generates (same
# seed), en → fr, ar, and prints the ratios (bench/compare-po4a.ts says what each row does).
# Installs po4a with apt-get when it is missing (root or sudo needed); `npm run bench` prints the
# same table in its own run when po4a is installed.
#
#   bash bench/po4a-compare.sh [N] [RUNS]   # N articles, default 1000; medians of RUNS, default 3
set -euo pipefail

count="${1:-1000}"
runs="${2:-3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v po4a >/dev/null; then
  echo "installing po4a (Debian package)…" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq po4a gettext >/dev/null; else sudo apt-get install -y -qq po4a gettext >/dev/null; fi
fi

(cd "$repo" && npm run --silent compile && npm run --silent compile:bench)
node --input-type=module -e "
  import { comparePo4a, renderPo4aComparison } from '$repo/dist-bench/bench/compare-po4a.js';
  console.log(renderPo4aComparison(await comparePo4a('$repo/dist/bin/cli.js', $count, $runs)));
"
