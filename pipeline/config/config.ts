/** What a project may set in `tarjama.config.json`; every field is optional. */
export interface UserConfig {
  sourceLocale?: string;
  locales?: string[];
  sourceDir?: string;
  localesDir?: string;
  outputDir?: string;
  /** Front-matter fields whose text is translated (others pass through). */
  frontMatterFields?: string[];
}

/** The configuration with every default applied, as the core uses it. */
export interface Config {
  sourceLocale: string;
  locales: string[];
  sourceDir: string;
  localesDir: string;
  outputDir: string;
  frontMatterFields: string[];
}

/** The defaults named in the README. */
export const defaultConfig: Readonly<Config> = Object.freeze({
  sourceLocale: 'en',
  locales: ['en', 'fr', 'ar'],
  sourceDir: 'source',
  localesDir: 'locales',
  outputDir: 'output',
  frontMatterFields: ['title', 'description'],
});

/** Typed identity helper for configs written in TypeScript or checked by an editor. */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}
