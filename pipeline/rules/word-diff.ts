import { diffWords } from 'diff';

/** A word-level diff in git's `--word-diff=plain` notation: `[-removed-]{+added+}`. */
export function wordDiff(before: string, after: string): string {
  return diffWords(before, after)
    .map((part) => (part.removed ? `[-${part.value}-]` : part.added ? `{+${part.value}+}` : part.value))
    .join('');
}

/** The same diff with long unchanged stretches shortened to their ends, for one-line messages. */
export function shortWordDiff(before: string, after: string, context = 4): string {
  const parts = diffWords(before, after);
  return parts
    .map((part, index) => {
      if (part.removed) return `[-${part.value}-]`;
      if (part.added) return `{+${part.value}+}`;
      const words = part.value.split(/(\s+)/);
      const keep = context * 2;
      if (words.length <= keep * 2 + 1) return part.value;
      const head = index === 0 ? [] : words.slice(0, keep);
      const tail = index === parts.length - 1 ? [] : words.slice(-keep);
      return `${head.join('')}…${tail.join('')}`;
    })
    .join('');
}
