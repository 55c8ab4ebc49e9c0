const common = `Options for every command:
  --cwd DIR     project root (holds tarjama.config.json, source/, locales/, output/); default:
                the project the current folder is in, found upwards as git does
  -h, --help    show help for the command`;

/** The help text of the CLI and of each command, by command name (`main` for the CLI). */
export const help: Record<string, string> = {
  main: `Usage: tarjama <command> [options]

Publish Markdown articles in several languages through i18next catalogs.

Commands:
  extract   write locales/<source locale>/<slug>.json from source/<slug>.md, keeping keys
            through edits and moving translations of removed segments to the archive
  build     write output/<locale>/<slug>.md for every locale
  check     report missing, outdated and broken translations, typography, glossary (for CI)
  status    coverage per locale and namespace
  confirm   mark outdated translations as still right after review
  accept    accept one finding of a style rule on one key after review (locales/accepted.json)
  suggest   list close matches from the translation memory for missing and outdated keys
  xliff export / xliff import
            exchange translations with CAT tools (OmegaT, memoQ, Trados, Phrase) as XLIFF
  po export / po import / po migrate
            exchange translations with gettext tools (Poedit, Weblate) as PO; bring po4a
            translations over

Run "tarjama <command> --help" or "tarjama help <command>" for a command's options
(\`tarjama help xliff export\`); "tarjama --version" prints the version.

${common}`,
  extract: `Usage: tarjama extract [--cwd DIR]

Parses every source/*.md and writes its translatable segments (headings, paragraphs,
list items, table cells, alt text, link titles, front-matter title and description) to
locales/<source locale>/<slug>.json, one key per segment in document order. Code, HTML
and URLs stay out. Files whose content would not change are not rewritten, and an article
whose source, catalogs and state did not change since the last extract is not read again
(the record is in locales/.tarjama/cache/extract.json, not committed).

A segment keeps its key when it moves or is edited (re-wrapping is no edit); only new
content gets a new key. Translations of edited segments become "outdated"; translations of
removed segments move to locales/.tarjama/archive/<locale>.json and come back when the same
text returns. A deleted article's translations go to the archive and its files are removed;
a renamed one (a new article sharing most of its text with a deleted one) keeps its keys,
translations and state under the new name. A hand edit of locales/<source locale>/ is undone.

All files are changed at the end, as one transaction: a run stopped half-way (killed, a full
disk) is completed by the next run of any command that writes.

${common}`,
  confirm: `Usage: tarjama confirm --locale LNG [--key KEY | --ns SLUG] [--cwd DIR]

Marks outdated, memory-filled or unverified (their state file was lost or edited)
translations of LNG as current, after a translator checked that they still fit the source
text. The translations are not changed.
Without --key or --ns, confirms every such translation of the locale.

Options:
  --locale LNG  the target locale, e.g. fr
  --key KEY     only this key (a key no article has is an error, exit 2)
  --ns SLUG     only this article

${common}`,
  accept: `Usage: tarjama accept --locale LNG --key KEY --rule RULE [--ns SLUG] [--note TEXT] [--cwd DIR]

Accepts the current finding of RULE on KEY in LNG after a reviewer found the translation
right ("23 h" for "11 p.m." is correct French, whatever \`numbers\` says). It is recorded in
locales/accepted.json (commit it) with the source and the translation it was made on: while
both stay as they are, check and build list it as accepted and it blocks nothing; when
either changes, the finding comes back by itself. \`tarjama status\` lists every accepted one.
Only rules of style and wording can be accepted: untranslated, numbers, glossary,
whitespace, end-punctuation, ar-punctuation, ar-digits, fr-spacing, fr-quotes; never
structure, links, addresses or hidden characters.

Options:
  --locale LNG   the target locale, e.g. fr
  --key KEY      the key of the translation
  --rule RULE    the rule whose finding to accept
  --ns SLUG      the article, when the key is in several
  --note TEXT    why, kept beside the acceptance for the next reader

${common}`,
  xliff: `Usage: tarjama xliff export --locale LNG [options]
       tarjama xliff import FILE… [options]

Exchanges translations with CAT tools (OmegaT, memoQ, Trados, Phrase) as XLIFF 1.2 or 2.0:
export writes the keys of a locale to translate, import merges the translated files back.

Run "tarjama help xliff export" or "tarjama help xliff import" for their options.`,
  'xliff export': `Usage: tarjama xliff export --locale LNG [--ns SLUG] [--version 1.2|2.0] [--out DIR] [--for omegat]

Writes one XLIFF file per namespace, DIR/LNG/<slug>.xlf (DIR defaults to xliff/), for a
CAT tool: the source and the current translation of every key, its state (new, translated,
needs review when outdated or filled from memory), notes (what the segment is, where it is,
the old source of an outdated translation), and the protected parts of each message —
links, emphasis, images, code, HTML, math, footnote references — as XLIFF inline elements
(1.2 <g>/<x>/<ph>, 2.0 <pc>/<ph>) that a CAT tool will not let a translator break.

Options:
  --locale LNG       the target locale, e.g. fr
  --ns SLUG          only this namespace
  --version 1.2|2.0  XLIFF version (default 1.2)
  --out DIR          where to write (default xliff/, omegat/ with --for omegat)
  --for omegat       an OmegaT project, DIR/LNG/: the XLIFF in source/ with each target holding
                     the source (OmegaT translates <target>), the current translations in
                     tm/auto/ (filled in), the outdated ones in tm/ (offered), omegat.project

${common}`,
  'xliff import': `Usage: tarjama xliff import FILE… [--cwd DIR]

Merges the targets of XLIFF files (from xliff export, through a CAT tool) into the
catalogs, unit by unit. Skipped, each with its reason: units whose source changed since
the export, units whose translation in the catalog changed since the export, and targets
that fail check (a protected element deleted, a number changed…). A target equal to the
catalog's translation changes nothing; one equal to the source is untranslated unless its
state says translated (OmegaT writes the source back for a segment left untranslated); XLIFF
1.1 (po2xliff's) is refused. Untouched entries keep their place and formatting.

${common}

Exit codes: 0 every unit merged or unchanged, 1 some unit skipped, 2 unreadable input.`,
  po: `Usage: tarjama po export --locale LNG [options]
       tarjama po import FILE… [options]
       tarjama po migrate --locale LNG FILE… [options]

Exchanges translations with gettext tools (Poedit, Weblate, Lokalize) as PO files: export
writes the keys of a locale, import merges the translated files back, migrate brings the
translations of po4a PO files over.

Run "tarjama help po export", "tarjama help po import" or "tarjama help po migrate".`,
  'po export': `Usage: tarjama po export --locale LNG [--ns SLUG] [--out DIR]

Writes one PO file per namespace, DIR/LNG/<slug>.po (DIR defaults to po/): msgctxt is the
key, msgid the source, msgstr the current translation; #. comments say what the segment is,
where, and why it needs review; a translation that needs review (outdated, from memory) is
#, fuzzy, with #| msgid holding the source an outdated one was made for; plural keys are
one entry with msgid_plural and the locale's gettext forms (Plural-Forms header).

Options:
  --locale LNG   the target locale, e.g. fr
  --ns SLUG      only this namespace
  --out DIR      where to write (default po/)

${common}`,
  'po import': `Usage: tarjama po import FILE… [--cwd DIR]

Merges the translations of PO files (from po export, through Poedit or Weblate) into the
catalogs, entry by entry. Skipped, each with its line and reason: entries gettext cannot
read, whose source changed since the export, whose translation in the catalog changed since
the export, still marked fuzzy (clear the flag once the translation fits), or that fail
check. A translation equal to the catalog's changes nothing.

${common}

Exit codes: 0 every entry merged or unchanged, 1 some entry skipped, 2 unreadable input.`,
  'po migrate': `Usage: tarjama po migrate --locale LNG [--ns SLUG] FILE… [--cwd DIR]

Fills the catalogs of LNG from po4a PO files (msgid an English paragraph as po4a saw it):
every segment whose source matches an entry's msgid, compared the way tarjama writes
messages (wrapping, emphasis markers, inline links, footnote labels), gets the entry's
translation, and its link titles theirs. A catalog translation that differs is kept and
reported; fuzzy entries are reported and not used; entries that match no segment are listed
with their file:line.

Options:
  --locale LNG   the locale of the PO files, e.g. fr
  --ns SLUG      only this namespace

${common}

Exit codes: 0 every entry used, 1 some entry unmatched or kept out, 2 unreadable input.`,
  suggest: `Usage: tarjama suggest --locale LNG [--ns SLUG] [--format text|json] [--cwd DIR]

For every missing or outdated key of LNG, lists the closest translations in the memory
(every other translation of the locale and its archive), with their similarity (70 % or
more, best first, at most 3).

Options:
  --locale LNG        the target locale, e.g. ar
  --ns SLUG           only this article
  --format text|json  text for people (default) or JSON

${common}`,
  build: `Usage: tarjama build [--extract] [--allow-incomplete] [--no-html] [--format text|json] [--shard K/N]
                     [--quiet] [--cwd DIR]

Writes output/<locale>/<slug>.md for every configured locale, looking every message up
through i18next, and its HTML preview output/<locale>/<slug>.html (lang, dir, hreflang
alternates and a canonical link, absolute under the config's siteUrl, a language switcher).
A translation with an error of any rule (missing, empty,
outdated, broken markup, a wrong figure, a glossary term…) is never published. A document
with one in a locale is not written for that locale and build exits 1: its previous output
is left as it was, and if the source has changed since, it is marked "stale: true" (and the
HTML preview shows a notice), so that it never passes for a translation of the current text.
Editions of deleted or renamed articles are removed.

Options:
  --extract           run "tarjama extract" first, in the same process (its report first; on
                      standard error with --format json), and build only if it succeeds: the
                      whole job in one command, quicker than the two (not with --shard)
  --allow-incomplete  publish the source text in place of every translation with an error,
                      and record "translation: incomplete" with counts in the front matter
  --format FORMAT     text (default) or json: every edition with its result, counts and
                      what blocks it, the removed ones, the findings and the summary
  --no-html           do not write the HTML previews
  --shard K/N         only the K-th of N equal parts of the articles (for CI matrices)
  --quiet, -q         no progress bar

Articles whose source, catalogs, site strings, glossary, config and tarjama itself did not
change since the last build, and whose outputs are intact, are skipped (the record is in
locales/.tarjama/cache/build.json, not committed); of an article that changed, only the
editions that changed are built again. Large projects are built on all cores.

${common}

Exit codes: 0 every output written, 1 some output blocked, 2 bad usage or unreadable input.`,
  check: `Usage: tarjama check [--format text|json|github] [--locale LNG,…] [--ns SLUG,…]
                     [--rule ID,…] [--max-warnings N] [--shard K/N] [--quiet] [--cwd DIR]

Checks every locale's catalogs against the sources, without changing any of the project's
files: missing, empty, outdated and obsolete keys; text left in the source language;
translations that break links, inline code, inline HTML or Markdown structure, put markup
in a plain-text field, title or alt text, or move links (a warning); numbers, addresses,
placeholders, the glossary, whitespace and punctuation; Arabic punctuation, digits and
bidirectional text; French spacing and quotes; plural forms. Each finding names the rule, the locale, the key and
file:line:column. An article whose files did not change since the last check is reported
from that check's findings (kept in locales/.tarjama/cache/check.json, not committed).

Options:
  --format text|json|github  text for people (default; coloured on a terminal unless
                             NO_COLOR is set); json {"findings": [...], "summary": [...]};
                             github: workflow commands that annotate pull requests
  --locale LNG,…             only these configured locales
  --ns SLUG,…                only these namespaces (articles, site strings)
  --rule ID,…                only these rules (see the README's table of rules)
  --max-warnings N           also fail when there are more than N warnings
  --shard K/N                only the K-th of N equal parts of the namespaces
  --quiet, -q                no progress bar

The filters narrow the findings, the table and the exit code alike; a value that names no
locale, namespace or rule is an error (exit 2). A catalog that is not JSON is always shown.
Rule severities can be changed in tarjama.config.json: {"rules": {"bidi": "error"}}.

${common}

Exit codes: 0 publishable, 1 not publishable (an error, or more than N warnings),
2 bad usage or unreadable input.`,
  status: `Usage: tarjama status [--format text|json] [--cwd DIR]

Coverage per locale and namespace: translated, outdated, missing, errors, warnings and
the share translated.

${common}`,

};
