import type { TranslationStatus } from '../catalog/translation-state.js';
import { valuePosition } from '../catalog/value-position.js';
import type { Position } from '../catalog/read-catalog.js';
import { isPseudoLocale } from '../pseudo/pseudo-locales.js';
import { contentRules } from '../rules/all-rules.js';
import { invisible } from '../rules/invisible.js';
import type { TextCheck } from '../rules/rule.js';
import type { EditionRun, SegmentTranslation } from './edition-run.js';

/** Where an index into a translation is in its catalog file: in the value's literal, else at the key. */
export function positionIn({ entry, at }: SegmentTranslation, index: number | undefined): Position {
  return entry && index !== undefined ? valuePosition(entry, index) : at;
}

/**
 * Runs the content rules on a translation whose structure passed (`translationText` is its
 * text with the syntax masked). An outdated translation is reported as such; its text is
 * checked again once revised. The source edition is the source as written: only its invisible
 * characters are reported, the newsroom's to remove, as a warning that blocks nothing (a
 * translation that keeps one has an error). The findings of a rule a reviewer accepted on this
 * key for these very texts (`tarjama accept`) are reported `accepted`: listed, blocking nothing.
 */
export function checkContent(run: EditionRun, item: SegmentTranslation, translationText: string, status: TranslationStatus): void {
  const { segment, value, extras } = item;
  const { rules, target } = run;
  if (!(run.isSourceLocale || status === 'outdated' || isPseudoLocale(target.locale))) {
    const sourceText = run.source.mask(segment);
    const check: TextCheck = {
      key: segment.key,
      locale: target.locale,
      sourceLocale: rules.sourceLocale,
      kind: segment.kind,
      source: segment.text,
      translation: value,
      sourceText,
      translationText,
      settings: rules.settings,
      names: () => run.source.names(),
      fromSource: (name, make) => run.source.kept(segment, name, () => make(sourceText)),
    };
    for (const rule of contentRules) {
      if (rules.severity(rule.id) === 'off') continue;
      const accepted = rule.reviewable === true && rules.accepted({ locale: target.locale, namespace: run.document.namespace, key: segment.key, rule: rule.id }, segment.text, value);
      for (const hit of rule.check(check)) {
        const severity = accepted ? 'accepted' : undefined;
        run.report(rule.id, segment, hit.message, positionIn(item, hit.index), hit.suggestion === undefined ? extras : { ...extras, suggestion: hit.suggestion }, severity);
      }
    }
  } else if (run.isSourceLocale && rules.severity('invisible') !== 'off') {
    for (const hit of invisible.inSource(run.document, segment, rules.settings.direction(target.locale))) {
      run.report('invisible', segment, hit.message, positionIn(item, hit.index), extras, 'warning');
    }
  }
}
