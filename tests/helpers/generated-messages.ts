import fc from 'fast-check';
import type { PhrasingContent } from 'mdast';
import { parseArticle } from '../../pipeline/extract/parse-article.js';
import type { MessageContext } from '../../pipeline/markdown/message-context.js';
import { parseMessage } from '../../pipeline/markdown/parse-message.js';
import { plainMessage } from '../../pipeline/markdown/plain-message.js';
import type { Reference } from '../../pipeline/markdown/to-message.js';
import { longRunsFollow } from './long-runs.js';

/**
 * How many generated articles a property over messages reads: `npm test` 300, `npm run test:long`
 * 600 (which `.ci/run` must finish in its four minutes) and `npm run fuzz` 20,000 (`MESSAGE_RUNS`);
 * the short run is skipped when the long one follows (`repeatedLater`).
 */
export const messageRuns = Number(process.env.MESSAGE_RUNS ?? 300);
export const repeatedLater = process.env.MESSAGE_RUNS === undefined && longRunsFollow;

/** A block segment's message with syntax in it, as extract writes it, with what reading it needs and gives. */
export interface GeneratedMessage {
  text: string;
  references: Reference[];
  context: MessageContext;
  /** A table cell's: must stay on one line. */
  oneLine: boolean;
  /** What `parseMessage` gives it: its children, or why it is not one paragraph. */
  parsed: PhrasingContent[] | string;
  /** What the article's parse gave (`FoundSegment.children`), or null. */
  derived: PhrasingContent[] | null;
}

/** Every block segment of an article (the body under a front matter) whose message has syntax. */
export function messagesOf(body: string): GeneratedMessage[] {
  const article = parseArticle('article.md', `---\ntitle: T\n---\n\n${body}\n`, ['title']);
  return article.found.flatMap((segment) => {
    if (segment.target.type !== 'block' || plainMessage(segment.text)) return [];
    const parsed = parseMessage(segment.text, segment.target.references, article.context);
    const oneLine = segment.kind === 'table-cell' || segment.kind === 'table-header';
    return [{ text: segment.text, references: segment.target.references, context: article.context, oneLine, parsed: parsed.ok ? parsed.children : parsed.problem, derived: segment.children ?? null }];
  });
}

/** Inline Markdown of every kind, and what merely looks like it. */
const inline = fc.constantFrom(
  'word', 'mot ', ' ', 'كلمة', '*', '**', '_', '`', '~~', '[', ']', '(', ')', '!', '\\', '&amp;', '&#91;', '<b>', '</b>', '<br/>', '<abbr title="t">',
  '[a link](https://example.org/a)', '[b](/b "title")', "[c](</c d> 'ti(t)le')", '![img](/i.png)', '![alt *x*](/j.png "t")', '[![i](/k.png)](/l)',
  '[ref][ref]', '[ref]', '[x][nope]', '[^n]', '[^missing]', '<https://example.org>', 'www.example.org', 'press@example.org',
  '*em [in](/m) em*', '`co[de](x)`', '$$m$$', '\n', '  \n', '\t', '1.5', '#', '- ', '> ', '|', '12', '[1]', '[2]: /x',
  '**RABAT** –', 'Le *Conseil*', '[le rapport](/r)', '«', '»', '،',
);
const paragraph = fc.array(inline, { minLength: 1, maxLength: 10 }).map((parts) => parts.join(''));
const block = fc.oneof(
  paragraph,
  paragraph.map((text) => `## ${text.replace(/\n/g, ' ')}`),
  paragraph.map((text) => `- ${text}`),
  paragraph.map((text) => `> ${text}`),
  paragraph.map((text) => `| h |\n| --- |\n| ${text.replace(/\n/g, ' ')} |`),
  paragraph.map((text) => `[^n]: ${text}`),
);

/** An article's body: blocks of generated inline Markdown, with a link definition and a numbered one. */
export const articleBody = fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => `${blocks.join('\n\n')}\n\n[ref]: https://example.org/ref\n[1]: /one`);

/** The messages of an article, or none when tarjama refuses the article (nested too deep, say). */
export function messagesOrNone(body: string): GeneratedMessage[] {
  try {
    return messagesOf(body);
  } catch {
    return [];
  }
}
