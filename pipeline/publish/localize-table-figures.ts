import type { Root, RootContent, Text } from 'mdast';

/** A figure as an English newsroom writes one in a table: `40,000`, `1.5`, `-3`, `12%`, `12.5 %`. */
const figure = /^([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?%)?$/;

/**
 * Writes the figures of a table in the edition's number format: a cell whose whole text is a
 * figure (no letters, so not a segment a translator sees) is formatted from the source's value
 * with `Intl.NumberFormat` in `locale` (the edition's, with the configured digits): `40,000`
 * becomes `40 000` in French and `٤٠٬٠٠٠` in Arabic with Arabic digits, `12.5%` `12,5 %`. The
 * figure keeps its precision and whether it was grouped: a year (`2024`) stays a year.
 */
export function localizeTableFigures(tree: Root, locale: string): void {
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'tableCell') {
      const [only] = node.children;
      if (node.children.length === 1 && only?.type === 'text') only.value = localizedFigure(only, locale) ?? only.value;
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
}

/** The text of a cell as a figure in `locale`, or null when it is not a figure. */
function localizedFigure(text: Text, locale: string): string | null {
  const match = figure.exec(text.value.trim());
  if (!match) return null;
  const [, sign = '', integer = '', fraction = '', percent] = match;
  const value = Number(`${sign === '' || sign === '+' ? '' : '-'}${integer.replaceAll(',', '')}${fraction}`);
  const digits = Math.max(0, fraction.length - 1);
  const format = numberFormat(locale, {
    // A sign written stays written: `+3.4` is a change, and says so in every language.
    signDisplay: sign === '+' ? 'always' : 'auto',
    useGrouping: integer.includes(','),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    ...(percent === undefined ? {} : { style: 'percent' }),
  });
  // CLDR puts bidi marks around an Arabic percent sign; tarjama writes no invisible character (see `invisible`): the HTML preview isolates the run instead.
  return format.format(percent === undefined ? value : value / 100).replace(/[\u200E\u200F\u061C]/g, '');
}

/** Number formats made so far, by locale and options: a table repeats the same few, and making one costs more than using it. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
