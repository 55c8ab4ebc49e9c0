import { spawnSync } from 'node:child_process';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import i18next, { type InitOptions, type TOptions } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyToTemp, repoRoot, runCliInProcess } from './helpers/run-cli.js';

/** An article whose text has what i18next would read as templates: `{{…}}` and `$t(…)`. */
const source = '---\ntitle: Templates {{name}} and $t(y) stay as written\n---\n\nWrite {{x}} or $t(meta-title) in copy, and `{{x}}` in code.\n';
const french = ['Les modèles {{name}} et $t(y) restent tels quels', 'Écrivez {{x}} ou $t(meta-title) dans le texte, et `{{x}}` dans le code.'];
/** What an app might pass to `t()`, or set as `interpolation.defaultVariables`. */
const values = { x: 'X', name: 'N' };

/** The README's app snippet (the `js` block of "In an app (i18next)"). */
async function readmeSnippet(): Promise<string> {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const snippet = /### In an app \(i18next\)\n[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
  if (snippet === undefined) throw new Error('README.md has no js block under "### In an app (i18next)"');
  return snippet;
}

describe('the README’s app snippet, run with i18next and i18next-fs-backend on the repository’s layout', () => {
  let result: { catalog: Record<string, string>; title: string; sameTitle: string; perCall: Record<string, string>; perInstance: Record<string, string>; plain: Record<string, string> };
  beforeAll(async () => {
    const project = await copyToTemp(repoRoot, (file) => /^(|source|locales|tarjama\.config\.json)([/\\]|$)/.test(path.relative(repoRoot, file)));
    await writeFile(path.join(project, 'source', 'templates.md'), source);
    expect((await runCliInProcess(project, ['extract'])).code).toBe(0);
    const keys = Object.keys(JSON.parse(await readFile(path.join(project, 'locales', 'en', 'templates.json'), 'utf8')) as Record<string, string>);
    await writeFile(path.join(project, 'locales', 'fr', 'templates.json'), `${JSON.stringify(Object.fromEntries(keys.map((key, index) => [key, french[index]])), null, 2)}\n`);
    await symlink(path.join(repoRoot, 'node_modules'), path.join(project, 'node_modules'), 'dir');
    // The snippet as the README shows it, on the test's article, then what it gives for each key of the catalog.
    const probe = `
const { readFileSync } = await import('node:fs');
const catalog = JSON.parse(readFileSync(\`locales/fr/\${slug}.json\`, 'utf8'));
const values = ${JSON.stringify(values)};
const each = (lookup) => Object.fromEntries(Object.keys(catalog).map((key) => [key, lookup(key)]));
console.log(JSON.stringify({
  catalog, title, sameTitle,
  perCall: each((key) => app.t(key, { ns: slug, skipInterpolation: true, ...values })),
  perInstance: each((key) => t(key, values)),
  plain: each((key) => app.t(key, { ns: slug, ...values })),
}));
`;
    await writeFile(path.join(project, 'app.mjs'), (await readmeSnippet()).replace("'morocco-online-child-exploitation'", "'templates'") + probe);
    const run = spawnSync(process.execPath, ['app.mjs'], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    result = JSON.parse(run.stdout) as typeof result;
  });

  it('loads the French catalog tarjama’s layout holds', () => {
    expect(Object.values(result.catalog)).toEqual(french);
  });

  it('gives the article text as written, per call with skipInterpolation and per instance with the pass-through i18nFormat', () => {
    expect(result.title).toBe(french[0]);
    expect(result.sameTitle).toBe(french[0]);
    expect(result.perCall).toEqual(result.catalog);
    expect(result.perInstance).toEqual(result.catalog);
  });

  it('shows why: a plain t() replaces {{x}} with the value passed and $t(meta-title) with the title', () => {
    expect(Object.values(result.plain)).toEqual(['Les modèles N et y restent tels quels', 'Écrivez X ou Les modèles N et y restent tels quels dans le texte, et `X` dans le code.']);
  });
});

describe('i18next 26 options for article text', () => {
  const text = 'Write {{x}} or $t(other) here.';
  const resources = { fr: { article: { text, other: 'OTHER', count_one: '{{count}} min', count_other: '{{count}} mins' } } };
  /** `t('text')` in an instance made with `options`, with the values an app passes. */
  const lookUp = (options: InitOptions, call: TOptions = {}, key = 'text'): string => {
    const instance = i18next.createInstance();
    void instance.init({ resources, lng: 'fr', fallbackLng: false, ns: ['article'], defaultNS: 'article', initAsync: false, ...options });
    return instance.t(key, { ...values, ...call });
  };

  it('a plain t() interpolates and nests', () => {
    expect(lookUp({})).toBe('Write X or OTHER here.');
  });

  it('skipInterpolation: true in the call skips both', () => {
    expect(lookUp({}, { skipInterpolation: true })).toBe(text);
  });

  it('nest: false in the call stops $t(…) only', () => {
    expect(lookUp({}, { nest: false })).toBe('Write X or $t(other) here.');
  });

  it('skipInterpolation, nest and interpolation.skipOnVariables in the init options change nothing', () => {
    for (const options of [{ skipInterpolation: true }, { nest: false }, { interpolation: { skipOnVariables: true } }] as InitOptions[]) {
      expect(lookUp(options)).toBe('Write X or OTHER here.');
    }
  });

  it('a pass-through i18nFormat module skips both for the whole instance, and still picks the plural form', () => {
    const instance = i18next.createInstance().use({ type: 'i18nFormat', parse: (value: string) => value });
    void instance.init({ resources, lng: 'fr', fallbackLng: false, ns: ['article'], defaultNS: 'article', initAsync: false });
    expect(instance.t('text', values)).toBe(text);
    expect(instance.getFixedT('fr', 'article')('text')).toBe(text);
    expect(instance.t('count', { count: 2 })).toBe('{{count}} mins');
  });
});
