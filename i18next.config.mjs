// `npx i18next-cli extract|sync|status` beside tarjama's catalogs (README, "With i18next-cli").
// It loads the compiled package, which `npm ci` builds.
import { loadConfig } from 'tarjama';
import { i18nextCliLocales, tarjamaPlugin } from 'tarjama/i18next-cli-plugin';

const tarjama = await loadConfig(process.cwd());

/** @type {import('i18next-cli').I18nextToolkitConfig} */
export default {
  locales: i18nextCliLocales(tarjama),
  extract: {
    primaryLanguage: tarjama.sourceLocale,
    // An app's own t() calls, if it has any; tarjama's keys come from the plugin.
    input: ['src/**/*.{js,jsx,ts,tsx}'],
    output: `${tarjama.localesDir}/{{language}}/{{namespace}}.json`,
    // tarjama's keys are flat and contain neither "." nor ":".
    keySeparator: false,
    nsSeparator: false,
    // Keep each catalog in its article's order.
    sort: false,
    // A key no code uses is an article's: tarjama's extract archives it when the article drops it.
    removeUnusedKeys: false,
  },
  plugins: [tarjamaPlugin({ localesDir: tarjama.localesDir, sourceLocale: tarjama.sourceLocale })],
};
