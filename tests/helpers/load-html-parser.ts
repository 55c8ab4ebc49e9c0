import { loadHtmlParser } from '../../pipeline/markdown/html-parser.js';

// The tests call the HTML readers (`htmlParts`, `readSource` of an article with HTML…) as the
// pipeline's synchronous functions they are; the CLI and the commands load the parser first
// (`loadDocument`, `processNamespace`, `loadProject`), and so does this, before every test file.
// What the bin loads, and when, is tested through the bin: `start-up.test.ts`, `cli-fixtures.test.ts`.
await loadHtmlParser();
