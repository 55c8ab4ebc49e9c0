import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../pipeline/catalog/read-catalog.js';
import { bidiRule } from '../pipeline/rules/bidi.js';
import { hasUnusualCharacter } from '../pipeline/rules/has-unusual-character.js';
import { invisible } from '../pipeline/rules/invisible.js';
import { numbers } from '../pipeline/rules/numbers.js';
import type { TextCheck } from '../pipeline/rules/rule.js';
import { untranslated } from '../pipeline/rules/untranslated.js';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';
import { catalog, seedCopy, slug } from './helpers/seed-damages.js';
import type { Finding } from '../pipeline/report/finding.js';

/**
 * The `invisible` rule: what it reports and allows, word for word, then every attack through the
 * real CLI — reported at the character's line and column, never published, the source text used
 * under --allow-incomplete — and invisible characters in the source, which are warnings.
 */
const OVERRIDE_2024 =
  'U+202E RIGHT-TO-LEFT OVERRIDE: it displays what follows right to left, letter by letter ("2024" shows as "4202"); delete it and the U+202C that ends it, or wrap a left-to-right run in U+2066 … U+2069 (left-to-right isolate)';
const ZERO_WIDTH = 'an invisible character that splits words and numbers (for search engines, and for tarjama’s checks); delete it';
const CONTROL = 'a control character, not text (a page drops or garbles it, a terminal obeys it); delete it';
const FORMATTING = 'a formatting character with no place in running text (invisible, or a stand-in for something that is not there); delete it';

function textCheck(translation: string, direction: 'ltr' | 'rtl' = 'ltr', translationText = translation, source = ''): TextCheck {
  const locale = direction === 'rtl' ? 'ar' : 'fr';
  const settings = { glossary: [], numberingSystem: () => 'latn', direction: () => direction };
  return { key: 'p-x', locale, sourceLocale: 'en', kind: 'paragraph', source, translation, sourceText: source, translationText, settings, names: () => new Set(), fromSource: (_name, make) => make(source) };
}

const hits = (translation: string, direction: 'ltr' | 'rtl' = 'ltr', translationText = translation) => invisible.check(textCheck(translation, direction, translationText));

describe('the invisible rule', () => {
  it('reports an override with what it does to the text it governs, at the override', () => {
    expect(hits('publiée en \u202E2024\u202C')).toEqual([{ message: OVERRIDE_2024, index: 11 }]);
    expect(hits('اتصلوا على الرقم \u202E+212 537 000 000\u202C.', 'rtl')).toEqual([
      {
        message:
          'U+202E RIGHT-TO-LEFT OVERRIDE: it displays what follows right to left, letter by letter ("+212 537 000 000" shows as "000 000 735 212+"); delete it and the U+202C that ends it, or wrap a left-to-right run in U+2066 … U+2069 (left-to-right isolate)',
        index: 17,
      },
    ]);
  });

  it('reports an embedding with the isolate to write instead, and a U+202C that ends nothing', () => {
    expect(hits('برنامج \u202BCyberSouth الأوروبي', 'rtl')).toEqual([
      {
        message:
          'U+202B RIGHT-TO-LEFT EMBEDDING: it makes what follows a run of its own direction that also moves the text around it ("CyberSouth الأوروبي" shows as "يبوروألا CyberSouth"); write U+2067 (RIGHT-TO-LEFT ISOLATE) in its place, and U+2069 where the run ends',
        index: 7,
      },
    ]);
    expect(hits('برنامج \u202ACyberSouth\u202C', 'rtl').map((hit) => hit.message)).toEqual([
      'U+202A LEFT-TO-RIGHT EMBEDDING: it makes what follows a run of its own direction that also moves the text around it; write U+2066 (LEFT-TO-RIGHT ISOLATE) in its place, and U+2069 in place of the U+202C that ends it',
    ]);
    expect(hits('fin\u202C.')).toEqual([{ message: 'U+202C POP DIRECTIONAL FORMATTING in "fin\u202C." ends no embedding or override; delete it', index: 3 }]);
  });

  it('allows isolates closed on their line and properly nested, and reports an open one or a PDI that closes nothing', () => {
    expect(hits('الرقم \u2066+212\u2069 و\u2067a \u2066b\u2069 c\u2069 \u2068x\u2069', 'rtl')).toEqual([]);
    expect(hits('الرقم \u2066+212 537', 'rtl')).toEqual([
      {
        message: 'U+2066 LEFT-TO-RIGHT ISOLATE in "الرقم \u2066+212 537" is not closed on its line, so everything after it is isolated; end the run with U+2069 (POP DIRECTIONAL ISOLATE), or delete it',
        index: 6,
      },
    ]);
    expect(hits('الرقم +212\u2069 537', 'rtl')).toEqual([
      { message: 'U+2069 POP DIRECTIONAL ISOLATE in "الرقم +212\u2069 537" closes no isolate; delete it, or start the run with U+2066 (LEFT-TO-RIGHT ISOLATE)', index: 10 },
    ]);
    // An isolate ends with its line: across a line break it is one opened and one stray.
    expect(hits('a \u2066b\nc\u2069 d').map((hit) => hit.index)).toEqual([2, 6]);
  });

  it('reports zero-width spaces, word joiners and byte-order marks inside the text', () => {
    expect(hits('Ra\u200Bbat')).toEqual([{ message: `U+200B ZERO WIDTH SPACE in "Ra\u200Bbat": ${ZERO_WIDTH}`, index: 2 }]);
    expect(hits('a\u2060b \uFEFFc').map((hit) => [hit.message.split(' in ')[0], hit.index])).toEqual([
      ['U+2060 WORD JOINER', 1],
      ['U+FEFF ZERO WIDTH NO-BREAK SPACE', 4],
    ]);
  });

  it('allows ZWNJ and ZWJ between two letters of a joining script, and ZWJ between two emoji; nowhere else', () => {
    for (const text of ['می\u200Cخواهم', 'क्\u200Cष', 'ශ්\u200Dර', '👩🏽\u200D💻 🏳️\u200D🌈']) expect(hits(text), JSON.stringify(text)).toEqual([]);
    expect(hits('Auf\u200Clage')).toEqual([
      { message: 'U+200C ZERO WIDTH NON-JOINER in "Auf\u200Clage": it belongs only between two letters of a script that joins them (Arabic, Persian, Indic scripts…); delete it', index: 3 },
    ]);
    expect(hits('x\u200Dy')).toEqual([
      { message: 'U+200D ZERO WIDTH JOINER in "x\u200Dy": it belongs only between two letters of a script that joins them (Arabic, Persian, Indic scripts…) or between two emoji; delete it', index: 1 },
    ]);
    // A Latin letter and an Arabic one do not join.
    expect(hits('a\u200Cب').length).toBe(1);
  });

  it('reports controls but tab, line feed and CRLF, naming each; a run of one kind is one finding', () => {
    expect(hits('a\tb\nc\r\nd')).toEqual([]);
    expect(hits('M. Daki\u001B[2J\b\u007F a dit')).toEqual([
      { message: `U+001B ESCAPE in "M. Daki\u001B[2J\b\u007F a dit": ${CONTROL}`, index: 7 },
      { message: `U+0008 BACKSPACE and 1 more after it in "M. Daki\u001B[2J\b\u007F a dit": ${CONTROL}`, index: 11 },
    ]);
    expect(hits('a\rb\u009B31m').map((hit) => hit.message.split(' in ')[0])).toEqual(['U+000D CARRIAGE RETURN', 'U+009B CONTROL SEQUENCE INTRODUCER']);
  });

  it('reports lone surrogates and noncharacters, and leaves whole pairs alone', () => {
    expect(hits('😀')).toEqual([]);
    expect(hits('x\uDC00y')).toEqual([
      {
        message: 'U+DC00 (a lone surrogate) in "x\uDC00y": half of a UTF-16 surrogate pair without its other half, which UTF-8 cannot write (a page would show "�" in its place); delete it, or write the whole character',
        index: 1,
      },
    ]);
    expect(hits('a\uFFFEb\uFDD0c\u{1FFFF}').map((hit) => [hit.message.split(' in ')[0], hit.index])).toEqual([
      ['U+FFFE (a noncharacter)', 1],
      ['U+FDD0 (a noncharacter)', 3],
      ['U+1FFFF (a noncharacter)', 5],
    ]);
  });

  it('reports other invisible characters, but soft hyphens between letters, one variation selector, emoji flags and direction marks', () => {
    for (const text of ['con\u00ADfiden\u00ADtialité', '❤\uFE0F', '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', 'a\u200Eb\u200Fc\u061Cd']) expect(hits(text), JSON.stringify(text)).toEqual([]);
    expect(hits('ok\u{E0041}\u{E0042}\u{E0043}')).toEqual([{ message: `U+E0041 TAG "A" and 2 more after it in "ok\u{E0041}\u{E0042}\u{E0043}": ${FORMATTING}`, index: 2 }]);
    expect(hits('fin\u00AD ❤\uFE0F\uFE0F a\u2062b \uFFFC').map((hit) => hit.message.split(' in ')[0])).toEqual([
      'U+00AD SOFT HYPHEN',
      'U+FE0F VARIATION SELECTOR-16',
      'U+2062 INVISIBLE TIMES',
      'U+FFFC OBJECT REPLACEMENT CHARACTER',
    ]);
  });

  it('looks at a text only when it has an unusual character or U+FFFC: no other code unit is one it reports', () => {
    // The class `findInvisible` visits, as the rule module writes it.
    const candidates = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFC\u2029]/u;
    const skipped: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      const unit = String.fromCharCode(code);
      if (!hasUnusualCharacter(unit) && code !== 0xfffc && candidates.test(unit)) skipped.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    // Tab and line feed are never reported.
    expect(skipped).toEqual(['U+0009', 'U+000A']);
    expect(hits('voir \uFFFC ici').map((hit) => hit.index)).toEqual([5]);
    expect(hits('voir\u200B ici').map((hit) => hit.index)).toEqual([4]);
  });

  it('leaves masked syntax alone (code must be the source’s), and quotes the text around a character from the raw translation', () => {
    expect(hits('la commande `\u001B` ici', 'ltr', 'la commande \uFFFC\uFFFC\uFFFC ici')).toEqual([]);
    expect(hits('le **Ra\u200Bbat**', 'ltr', 'le \uFFFC\uFFFCRa\u200Bbat\uFFFC\uFFFC')[0]?.message).toBe(`U+200B ZERO WIDTH SPACE in "le **Ra\u200Bbat**": ${ZERO_WIDTH}`);
  });
});

describe('rules that read text as it displays', () => {
  it('untranslated: an English copy with zero-width spaces is still the English text', () => {
    const source = 'The court ruled on Monday.';
    const check = { ...textCheck('The\u200B court\u200B ruled on Monday.'), source, sourceText: source };
    expect(untranslated.check(check).map((hit) => hit.message)).toEqual([
      'the translation is the source text unchanged ("The", "court", "ruled", … are not names, numbers or codes); translate it, or, if French writes it the same (a name, a word both languages share), add it to locales/glossary.json with "keep": ["fr"]',
    ]);
  });

  it('numbers: a figure split by an invisible character is still the figure', () => {
    const source = 'Published in 2024.';
    expect(numbers.check(textCheck('Publié en 20\u200B24.', 'ltr', 'Publié en 20\u200B24.', source))).toEqual([]);
    expect(numbers.check(textCheck('Publié en 2025.', 'ltr', 'Publié en 2025.', source))).toHaveLength(1);
  });

  it('the catalog reader keeps a lone surrogate as written, for the rule to see', () => {
    expect(readCatalog('{"meta-title": "Titre\\udc00"}').values.get('meta-title')).toBe('Titre\uDC00');
  });
});

/** A finding as `--format json` prints it. */
type JsonFinding = Finding;
interface BuildJson {
  outputs: Array<{ locale: string; result: string; incomplete: boolean; reasons?: Record<string, number>; counts: { translated: number; rejected: number; total: number } }>;
}

const findingsOf = async (project: string, ...args: string[]): Promise<JsonFinding[]> => (JSON.parse((await runCliInProcess(project, ['check', '--format', 'json', ...args])).stdout) as { findings: JsonFinding[] }).findings;

/** Sets translations of one catalog; returns the file's new text. */
async function translate(project: string, file: string, values: Record<string, (before: string) => string>): Promise<string> {
  const full = path.join(project, file);
  const catalogValues = JSON.parse(await readFile(full, 'utf8')) as Record<string, string>;
  for (const [key, edit] of Object.entries(values)) catalogValues[key] = edit(catalogValues[key] ?? '');
  const text = `${JSON.stringify(catalogValues, null, 2)}\n`;
  await writeFile(full, text);
  return text;
}

/** The 1-based line and column of the first `needle` on the line of `key`. */
function where(text: string, key: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((row) => row.startsWith(`  "${key}"`));
  const column = lines[index]?.indexOf(needle) ?? -1;
  if (index < 0 || column < 0) throw new Error(`${needle} not on the line of ${key}`);
  return { line: index + 1, column: column + 1 };
}

/** How JSON.stringify writes a character in a catalog: `\u001b` for controls and lone surrogates, else itself. */
const written = (character: string): string => JSON.stringify(character).slice(1, -1);

const P4 = 'p-he-highlighted-the-importance-of-privacy';
const P10 = 'p-other-speakers-emphasized-moroccos';

describe('invisible characters in translations, through the CLI', () => {
  it('an override in French ("publiée en 2024" shown as "4202") is an error at its column; the edition is blocked, and --allow-incomplete publishes the English', async () => {
    const project = await seedCopy();
    const text = await translate(project, catalog('fr'), { [P4]: (before) => before.replace('Il a mis en avant', 'Il a mis en avant, dans un texte publié en \u202E2024\u202C,') });
    const { line, column } = where(text, P4, '\u202E');
    const check = await runCliInProcess(project, ['check']);
    expect(check.code).toBe(1);
    expect(check.stdout.split('\n')[0]).toBe(`${catalog('fr')}:${line}:${column}  error    invisible  ${OVERRIDE_2024}`);

    const build = await runCliInProcess(project, ['build']);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain(`blocked    output/fr/${slug}.md  (invisible 1: fix them, or pass --allow-incomplete to publish the source text in their place)`);
    expect((await runCliInProcess(project, ['build', '--allow-incomplete'])).code).toBe(0);
    const french = await readFile(path.join(project, 'output', 'fr', `${slug}.md`), 'utf8');
    expect(french).toContain('He highlighted the importance of privacy policies');
    expect(french).not.toContain('\u202E');
    expect(await readFile(path.join(project, 'output', 'fr', `${slug}.html`), 'utf8')).not.toContain('\u202E');
  });

  it('an Arabic phone number written backwards by an override is an error that shows it', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'tarjama-invisible-'));
    await mkdir(path.join(project, 'source'));
    await writeFile(path.join(project, 'tarjama.config.json'), JSON.stringify({ locales: ['en', 'ar'], frontMatterFields: [] }));
    await writeFile(path.join(project, 'source', 'call.md'), '---\ntitle: Call the court\n---\n\nCall the court on +212 537 000 000 for details.\n');
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    await mkdir(path.join(project, 'locales', 'ar'), { recursive: true });
    const key = 'p-call-the-court-on-212-537';
    const text = `${JSON.stringify({ [key]: 'للاستفسار، اتصلوا بالمحكمة على الرقم \u202E+212 537 000 000\u202C.' }, null, 2)}\n`;
    await writeFile(path.join(project, 'locales', 'ar', 'call.json'), text);
    // The override is the invisible rule's alone: `bidi` leaves a run it governs to it.
    expect(await findingsOf(project)).toEqual([
      {
        rule: 'invisible',
        severity: 'error',
        locale: 'ar',
        namespace: 'call',
        key,
        file: 'locales/ar/call.json',
        ...where(text, key, '\u202E'),
        message:
          'U+202E RIGHT-TO-LEFT OVERRIDE: it displays what follows right to left, letter by letter ("+212 537 000 000" shows as "000 000 735 212+"); delete it and the U+202C that ends it, or wrap a left-to-right run in U+2066 … U+2069 (left-to-right isolate)',
        source: 'Call the court on +212 537 000 000 for details.',
        translation: 'للاستفسار، اتصلوا بالمحكمة على الرقم \u202E+212 537 000 000\u202C.',
      },
    ]);
    expect((await runCliInProcess(project, ['build'])).code).toBe(1);
    expect((await runCliInProcess(project, ['build', '--allow-incomplete'])).code).toBe(0);
    const arabic = await readFile(path.join(project, 'output', 'ar', 'call.md'), 'utf8');
    expect(arabic).toContain('Call the court on +212 537 000 000 for details.');
    expect(arabic).not.toContain('\u202E');
  });

  // One segment of every kind of the `complete` fixture, each with another character.
  const kinds: Array<[string, string, string, string, string]> = [
    ['a front-matter field', 'meta-title', 'Le Conseil', 'Le Conseil\uDC00', 'U+DC00 (a lone surrogate)'],
    ['a heading', 'h-training-for-judges', 'Formation', 'Formation\u001B[2J', 'U+001B ESCAPE'],
    ['a link title', 'title-council-of-europe-website', 'Site du', 'Site \u202Edu\u202C', 'U+202E RIGHT-TO-LEFT OVERRIDE: it displays what follows right to left, letter by letter ("du" shows as "ud")'],
    ['link text', 'p-the-council-of-europe-funds-the', 'Conseil de', 'Conseil\u200B de', 'U+200B ZERO WIDTH SPACE'],
    ['a list item', 'li-then-they-read-the-guide', 'Puis', 'Pu\u0007is', 'U+0007 ALERT'],
    ['a table header', 'th-funding', 'Financement', 'Finan\u200Dcement', 'U+200D ZERO WIDTH JOINER'],
    ['an image’s alt text', 'p-a-courtroom-in-rabat', 'Une salle', 'Une\uFFFE salle', 'U+FFFE (a noncharacter)'],
  ];
  it.each(kinds)('in %s: an error at the character, and the edition is blocked', async (_kind, key, from, to, message) => {
    const project = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project'));
    const character = [...to].find((candidate, index) => candidate !== [...from][index]) as string;
    const text = await translate(project, 'locales/fr/article.json', { [key]: (before) => before.replace(from, to) });
    const findings = await findingsOf(project);
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.key, finding.file, finding.line, finding.column])).toEqual([
      ['invisible', 'error', key, 'locales/fr/article.json', ...Object.values(where(text, key, written(character)))],
    ]);
    expect(findings[0]?.message.startsWith(message)).toBe(true);
    const build = await runCliInProcess(project, ['build']);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain('blocked    output/fr/article.md  (invisible 1:');
  });

  it('a lone surrogate reaches no output: not as U+FFFD in the body, nor as "\\udc00" in the front matter', async () => {
    const project = await seedCopy();
    const text = await translate(project, catalog('ar'), { 'meta-title': (before) => `${before}\uDC00`, [P4]: (before) => before.replace('وأبرز', 'وأبرز\uD800') });
    expect((await findingsOf(project)).map((finding) => [finding.rule, finding.key, finding.line, finding.column])).toEqual([
      ['invisible', 'meta-title', ...Object.values(where(text, 'meta-title', '\\udc00'))],
      ['invisible', P4, ...Object.values(where(text, P4, '\\ud800'))],
    ]);
    expect((await runCliInProcess(project, ['build'])).code).toBe(1);
    const run = await runCliInProcess(project, ['build', '--allow-incomplete', '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as BuildJson).outputs.find((output) => output.locale === 'ar')).toMatchObject({ result: 'written', incomplete: true, counts: { rejected: 2 } });
    const markdown = await readFile(path.join(project, 'output', 'ar', `${slug}.md`), 'utf8');
    const html = await readFile(path.join(project, 'output', 'ar', `${slug}.html`), 'utf8');
    for (const output of [markdown, html]) {
      expect(output).not.toContain('\uFFFD');
      expect(output).not.toMatch(/\\ud[89a-f]/i);
    }
    expect(markdown).toMatch(/^title: "?Morocco, international player/m);
    expect(markdown).toContain('He highlighted the importance of privacy policies');
  });

  it('ESC, BS, DEL and U+FFFE are each named', async () => {
    const project = await seedCopy();
    await translate(project, catalog('fr'), { [P10]: (before) => before.replace('quatre rapports', 'quatre\u001B[2J rapports\b\u007F\uFFFE') });
    expect((await findingsOf(project)).map((finding) => [finding.rule, finding.key, finding.message.split(' in ')[0]])).toEqual([
      ['invisible', P10, 'U+001B ESCAPE'],
      ['invisible', P10, 'U+0008 BACKSPACE and 1 more after it'],
      ['invisible', P10, 'U+FFFE (a noncharacter)'],
    ]);
  });

  it('an English copy strewn with zero-width spaces is untranslated as well, and not counted as translated', async () => {
    const project = await seedCopy();
    const english = JSON.parse(await readFile(path.join(project, catalog('en')), 'utf8')) as Record<string, string>;
    await translate(project, catalog('fr'), { [P4]: () => (english[P4] as string).replaceAll(' ', ' \u200B') });
    expect(new Set((await findingsOf(project)).map((finding) => `${finding.rule} ${finding.key}`))).toEqual(new Set([`invisible ${P4}`, `untranslated ${P4}`]));
    const run = await runCliInProcess(project, ['build', '--allow-incomplete', '--format', 'json']);
    const french = (JSON.parse(run.stdout) as BuildJson).outputs.find((output) => output.locale === 'fr');
    expect(french).toMatchObject({ incomplete: true, counts: { rejected: 1 } });
    expect(french?.counts.translated).toBe((french?.counts.total ?? 0) - 1);
    expect(await readFile(path.join(project, 'output', 'fr', `${slug}.md`), 'utf8')).not.toContain('\u200B');
  });
});

describe('invisible characters in the source', () => {
  it('are warnings at their place in the source-locale catalog, naming the source line; a translation that keeps its balanced isolates passes', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'tarjama-invisible-source-'));
    await mkdir(path.join(project, 'source'));
    await writeFile(path.join(project, 'tarjama.config.json'), JSON.stringify({ locales: ['en', 'fr'] }));
    await writeFile(
      path.join(project, 'source', 'court.md'),
      '---\ntitle: "Rabat\\u200B court"\n---\n\nThe number is \u2066+212 537 000 000\u2069 today.\n\nPress `\u001B` now.\n\n```\nprintf "\u001B[2J\u0000"\n```\n',
    );
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    const english = await readFile(path.join(project, 'locales', 'en', 'court.json'), 'utf8');
    await mkdir(path.join(project, 'locales', 'fr'), { recursive: true });
    await writeFile(
      path.join(project, 'locales', 'fr', 'court.json'),
      `${JSON.stringify({ 'meta-title': 'Tribunal de Rabat', 'p-the-number-is-212-537-000': 'Le numéro est le \u2066+212 537 000 000\u2069 aujourd’hui.', 'p-press-now': 'Appuyez sur `\u001B` maintenant.' }, null, 2)}\n`,
    );
    expect((await runCliInProcess(project, ['confirm', '--locale', 'fr'])).code).toBe(0);

    const check = await runCliInProcess(project, ['check', '--format', 'json']);
    expect(check.code, check.stderr).toBe(0);
    const findings = (JSON.parse(check.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((finding) => ({ ...finding, source: undefined, translation: undefined }))).toEqual([
      {
        rule: 'invisible',
        severity: 'warning',
        locale: 'en',
        namespace: 'court',
        key: 'meta-title',
        file: 'locales/en/court.json',
        ...where(english, 'meta-title', '\u200B'),
        message: `U+200B ZERO WIDTH SPACE in "Rabat\u200B court": ${ZERO_WIDTH}; it is in the source, source/court.md (line 2): edit it there, then run \`tarjama extract\``,
      },
      {
        rule: 'invisible',
        severity: 'warning',
        locale: 'en',
        namespace: 'court',
        key: 'p-press-now',
        file: 'locales/en/court.json',
        ...where(english, 'p-press-now', '\\u001b'),
        message: `U+001B ESCAPE in "Press \`\u001B\` now.": ${CONTROL}; it is in the source, source/court.md (line 7): edit it there, then run \`tarjama extract\``,
      },
    ]);
    expect((await runCliInProcess(project, ['check', '--max-warnings', '0'])).code).toBe(1);
    const build = await runCliInProcess(project, ['build']);
    expect(build.code, build.stdout).toBe(0);
    expect(await readFile(path.join(project, 'output', 'fr', 'court.md'), 'utf8')).toContain('Le numéro est le \u2066+212 537 000 000\u2069 aujourd’hui.');
  });
});

describe('the bidi rule’s message', () => {
  it('writes masked markup out beside the letters it surrounds', () => {
    const translation = 'لغة **C++** جديدة';
    const messages = bidiRule.check({ ...textCheck(translation, 'rtl', 'لغة \uFFFC\uFFFCC++\uFFFC\uFFFC جديدة') }).map((hit) => hit.message);
    expect(messages).toEqual(['"**C++**" displays as "++**C**" in a right-to-left line (the "+" moves to the other side); wrap it in U+2066 … U+2069 (left-to-right isolate)']);
  });

  it('quotes masked markup as the translation writes it, never as U+FFFC', async () => {
    const project = await copyToTemp(path.join(repoRoot, 'tests', 'fixtures', 'cli', 'complete', 'project'));
    const key = 'p-the-council-of-europe-funds-the';
    await translate(project, 'locales/ar/article.json', { [key]: (before) => before.replace('<abbr>ISM</abbr>.', '<abbr>ISM</abbr>+.') });
    const bidi = await findingsOf(project, '--rule', 'bidi');
    expect(bidi.map((finding) => finding.message)).toEqual([
      '"<abbr>ISM</abbr>+" displays as "+<abbr>ISM</abbr>" in a right-to-left line (the "+" moves to the other side); wrap it in U+2066 … U+2069 (left-to-right isolate)',
    ]);
  });
});
