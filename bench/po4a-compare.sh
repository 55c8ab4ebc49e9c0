#!/usr/bin/env bash
# Optional: times Debian's po4a next to tarjama on the corpus `npm run bench` generates (same
# seed), en → fr, ar. Installs po4a with apt-get when it is missing (root or sudo needed).
#
#   bash bench/po4a-compare.sh [N]      # N articles, default 1000
#
# po4a gets the classic set-up, one POT and one PO per language for the whole corpus (its
# Markdown mode, YAML front matter title and description), filled with msgen so that every
# segment is "translated", like tarjama's stand-in catalogs. Timed for both tools, with a fresh process each: a cold run (no outputs),
# a run where nothing changed, and a run after one article's French translation changed.
set -euo pipefail

count="${1:-1000}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v po4a >/dev/null; then
  echo "installing po4a (Debian package)…" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq po4a gettext >/dev/null; else sudo apt-get install -y -qq po4a gettext >/dev/null; fi
fi

(cd "$repo" && npm run --silent compile && npm run --silent compile:bench)
work="$(mktemp -d "${TMPDIR:-/tmp}/tarjama-po4a-XXXXXX")"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
node --input-type=module -e "
  import { writeCorpus } from '$repo/dist-bench/bench/corpus.js';
  import { translateCorpus } from '$repo/dist-bench/bench/translate-corpus.js';
  import { loadConfig } from '$repo/dist-bench/pipeline/config/load-config.js';
  import { spawnSync } from 'node:child_process';
  await writeCorpus('$work/tarjama', $count);
  await writeCorpus('$work/po4a', $count);
  spawnSync(process.execPath, ['$repo/dist/bin/cli.js', 'extract', '--quiet', '--cwd', '$work/tarjama'], { stdio: 'ignore' });
  await translateCorpus('$work/tarjama', await loadConfig('$work/tarjama'));
"

# po4a's configuration: every article, one POT, one PO per language.
cd "$work/po4a"
{
  echo '[po4a_langs] fr ar'
  echo '[po4a_paths] po/news.pot $lang:po/$lang.po'
  echo '[options] --keep 0 --no-backups'
  for file in source/*.md; do
    name="$(basename "$file" .md)"
    echo "[type: text] $file \$lang:output/\$lang/$name.md opt:\"-o markdown -o yfm_keys=title,description\""
  done
} > po4a.cfg
# A first run writes the POT and empty POs; msgen then "translates" every entry.
po4a --quiet po4a.cfg >/dev/null 2>&1 || po4a po4a.cfg
for po in po/*.po; do msgen -o "$po" "$po"; done

seconds() { /usr/bin/time -f '%e' "$@" 2>&1 >/dev/null | tail -1; }
edit_po() { sed -i '0,/^msgstr "\([^"]\)/s//msgstr "(edited) \1/' "$work/po4a/po/fr.po"; }
edit_catalog() {
  node -e "
    const fs = require('fs'); const file = '$work/tarjama/locales/fr/article-00000.json';
    const values = JSON.parse(fs.readFileSync(file, 'utf8')); const key = Object.keys(values)[1];
    values[key] = '(edited) ' + values[key]; fs.writeFileSync(file, JSON.stringify(values, null, 2) + '\n');"
}

rm -rf "$work/po4a/output"
po4a_cold="$(cd "$work/po4a" && seconds po4a --quiet po4a.cfg)"
po4a_same="$(cd "$work/po4a" && seconds po4a --quiet po4a.cfg)"
edit_po
po4a_one="$(cd "$work/po4a" && seconds po4a --quiet po4a.cfg)"

tarjama() { seconds node "$repo/dist/bin/cli.js" build --quiet --cwd "$work/tarjama"; }
rm -rf "$work/tarjama/output" "$work/tarjama/locales/.tarjama/cache"
tarjama_cold="$(tarjama)"
tarjama_same="$(tarjama)"
edit_catalog
tarjama_one="$(tarjama)"

echo "N = $count articles, en → fr, ar; seconds, one run each"
echo "| tool | cold build | nothing changed | one translation changed |"
echo "|---|---:|---:|---:|"
echo "| po4a $(po4a --version 2>/dev/null | head -1 | grep -o '[0-9][0-9.]*[0-9]' | head -1) | $po4a_cold | $po4a_same | $po4a_one |"
echo "| tarjama | $tarjama_cold | $tarjama_same | $tarjama_one |"
