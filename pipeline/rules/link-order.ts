import { quote } from './quote.js';
import type { StructureRule } from './rule.js';

/** `link-order`: a translation's links come in another order than the source's, so a text may now point at another's address. */
export const linkOrder: StructureRule<'link-order'> = {
  id: 'link-order',
  severity: 'warning',
  summary: 'the links `[…][n]` of a translation come in another order than in the source: each text may now point at another one\'s address; a reviewer checks the new order is meant',
  example: 'the links are in another order than in the source: "UNICEF" now links to [2] (https://example.org/report), which the source gives to "fraud office"; check that each text links where it should (a reordering made on purpose can stay: this is a warning)',
  structure({ links }) {
    const where = links.map((link) => `${quote(link.text)} now links to [${link.label}] (${link.url}), which the source gives to ${quote(link.sourceText)}`).join('; ');
    return `the links are in another order than in the source: ${where}; check that each text links where it should (a reordering made on purpose can stay: this is a warning)`;
  },
};
