import type { SourceDocument } from '../extract/read-source.js';
import type { SegmentTarget } from '../extract/segment.js';
import { compareSkeletons, inlineSkeleton } from '../markdown/inline-skeleton.js';
import { maskHtmlMessage, readHtmlMessage } from '../markdown/html-message.js';
import { maskMessage } from '../markdown/mask-message.js';
import type { StructureProblem } from '../rules/rule.js';
import { blockTextProblems } from './block-text-problems.js';
import type { EditionRun, SegmentTranslation } from './edition-run.js';
import { plainTextProblems } from './plain-text-problems.js';

/**
 * What a target handler makes of a usable translation: rejected for its structure, or the
 * structure problems it has, the text the content rules read (its syntax masked), and how to
 * put it in place once every rule has passed it.
 */
export type Placement = { rejected: StructureProblem[] } | { problems: StructureProblem[]; translationText: string; place(): void };

type Handler<Type extends SegmentTarget['type']> = (run: EditionRun, item: SegmentTranslation, target: Extract<SegmentTarget, { type: Type }>) => Placement;

const nowhere = (): void => {};

/**
 * One handler per segment target type. Site strings are published by the site, not in an
 * article: in every edition's front matter, as plain text. The source locale's message is the
 * source's own: its blocks stay as they are, and its plain texts need no check.
 */
export const targetHandlers: { [Type in SegmentTarget['type']]: Handler<Type> } = {
  string: (run, { segment, value }) => ({ problems: plainText(run, `the site string "${segment.key}"`, segment.text, value), translationText: value, place: nowhere }),
  field: (run, { segment, value }, { name }) => ({
    problems: plainText(run, `the front-matter field "${name}"`, segment.text, value),
    translationText: value,
    place: () => run.fields.set(name, value),
  }),
  title: (run, { segment, value }, { block, label }) => ({
    problems: plainText(run, `the title of ${referenceName(run.document, block, label)}`, segment.text, value),
    translationText: value,
    place: () => {
      const forBlock = run.titles.get(block) ?? new Map<string, string>();
      forBlock.set(label, value);
      run.titles.set(block, forBlock);
    },
  }),
  definition: (run, { segment, value }, target) => ({
    problems: plainText(run, `the title of the link definition on line ${segment.line}`, segment.text, value),
    translationText: value,
    place: run.isSourceLocale ? nowhere : () => void run.treeEdits.push({ target, text: value }),
  }),
  html: (run, { segment, value }, target) => {
    const part = run.source.htmlParts(target.value)[target.part];
    if (!part) throw new Error(`${segment.key}: the source HTML has no part ${target.part}`);
    const place = run.isSourceLocale ? nowhere : (): void => void run.treeEdits.push({ target, text: value });
    if (part.type === 'attribute') return { problems: plainText(run, `the ${part.name} attribute of <${part.element.tagName}>`, segment.text, value), translationText: value, place };
    if (run.isSourceLocale) return { problems: [], translationText: value, place: nowhere };
    const message = readHtmlMessage(value, part.nodes);
    if (!message.ok) return { rejected: [{ rule: 'html', kind: 'skeleton', missing: message.missing, extra: message.extra }] };
    return { problems: [], translationText: maskHtmlMessage(value), place };
  },
  block: (run, { index, segment, value }, { references, path }) => {
    if (run.isSourceLocale) return { problems: [], translationText: value, place: nowhere };
    const parsed = run.parsedBlocks.get(index);
    if (!parsed) throw new Error(`${segment.key} was not parsed`);
    if (!parsed.ok) return { rejected: [{ rule: 'markup', kind: 'unparsed', problem: parsed.problem }] };
    const locale = run.target.locale;
    const localized = new Map(references.flatMap((reference) => run.rules.localizedUrls(reference.url, locale).map((url) => [url, reference.label] as const)));
    const differences = compareSkeletons(run.source.skeleton(segment), inlineSkeleton(parsed.children, references, localized));
    if (differences.length > 0) return { rejected: differences.map((difference) => ({ ...difference, kind: 'skeleton' })) };
    return {
      problems: blockTextProblems({ text: segment.text, children: run.source.children(segment) }, { text: value, children: parsed.children }, references, localized),
      translationText: maskMessage(value, parsed.children),
      place: () => run.accepted.set(index, { path, references, children: parsed.children }),
    };
  },
};

/** Runs the handler of a segment's target type on its translation. */
export function placeTranslation(run: EditionRun, item: SegmentTranslation): Placement {
  // Each handler takes the target of its own type: the map is keyed by it.
  const handler = targetHandlers[item.segment.target.type] as Handler<SegmentTarget['type']>;
  return handler(run, item, item.segment.target);
}

/** The structure problems of a plain text's translation; none in the source locale. */
function plainText(run: EditionRun, what: string, source: string, translation: string): StructureProblem[] {
  return run.isSourceLocale ? [] : plainTextProblems(what, source, translation);
}

/** How a message names the link or image a title belongs to: `the link […][1]`, `the image ![…][2]`. */
function referenceName(document: SourceDocument, block: number, label: string): string {
  const target = document.segments[block]?.target;
  const kind = target?.type === 'block' ? target.references.find((reference) => reference.label === label)?.kind : undefined;
  return kind === 'image' ? `the image ![…][${label}]` : `the link […][${label}]`;
}
