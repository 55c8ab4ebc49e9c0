// Eleventy 3 ships no types: what tests/eleventy.test.ts uses of it.
declare module '@11ty/eleventy' {
  /** Eleventy's configuration API, as far as the test uses it. */
  interface UserConfig {
    setTemplateFormats(formats: string): void;
  }
  /** One built page, in memory. */
  interface BuiltPage {
    url: string;
    inputPath: string;
    content: string;
  }
  /** A build of the templates in `input`. */
  export default class Eleventy {
    constructor(input: string, output: string, options: { quietMode?: boolean; config?: (config: UserConfig) => void });
    toJSON(): Promise<BuiltPage[]>;
  }
}
