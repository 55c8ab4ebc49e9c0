/** tarjama's public API: the three commands, their reports and renderers, and the config helpers. */
import { loadHtmlParser } from './markdown/html-parser.js';

export { build, type BuildOptions, type BuildOutput, type BuildReport } from './commands/build.js';
export { check, type CheckReport } from './commands/check.js';
export { extract, type ExtractReport } from './commands/extract.js';
export { defaultConfig, defineConfig, type Config, type UserConfig } from './config/config.js';
export { loadConfig } from './config/load-config.js';
export { readSource, type SourceDocument } from './extract/read-source.js';
export type { Segment, SegmentKind } from './extract/segment.js';
export type { Finding, LocaleSummary, RuleId, Severity } from './report/finding.js';
export { formatJson } from './report/format-json.js';
export { formatText } from './report/format-text.js';
export { TarjamaError } from './util/tarjama-error.js';

// `readSource` is synchronous and reads raw HTML: a program using the API has the HTML parser from the start.
await loadHtmlParser();
