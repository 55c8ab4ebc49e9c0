import { describe, expect, it } from 'vitest';
import { assignKeys, baseKey } from '../pipeline/extract/assign-keys.js';

describe('baseKey', () => {
  it('prefixes the kind and keeps up to six ASCII words of the text', () => {
    expect(baseKey('paragraph', 'The national legal instruments position the country')).toBe('p-the-national-legal-instruments-position');
    expect(baseKey('paragraph', 'Morocco’s national legal instruments position the country')).toBe('p-moroccos-national-legal-instruments');
    expect(baseKey('heading', 'Résumé: Étude')).toBe('h-resume-etude');
  });

  it('never produces an i18next separator or plural suffix character', () => {
    const key = baseKey('list-item', 'a.b:c_one d_other {{x}} $t(y)');
    expect(key).toMatch(/^[a-z0-9-]+$/);
    expect(key).toBe('li-a-b-c-one-d-other');
  });

  it('falls back to a short content hash when the text has no ASCII words', () => {
    expect(baseKey('paragraph', 'مرحبا بالعالم')).toMatch(/^p-[0-9a-f]{8}$/);
    expect(baseKey('paragraph', 'مرحبا بالعالم')).toBe(baseKey('paragraph', 'مرحبا بالعالم'));
    expect(baseKey('paragraph', 'مرحبا')).not.toBe(baseKey('paragraph', 'بالعالم'));
  });
});

describe('assignKeys', () => {
  it('numbers repeated keys in document order and keeps preset keys', () => {
    const keys = assignKeys([
      { kind: 'front-matter', words: '', key: 'meta-title' },
      { kind: 'paragraph', words: 'Read more' },
      { kind: 'paragraph', words: 'Read more' },
      { kind: 'paragraph', words: 'Read more 2' },
      { kind: 'paragraph', words: 'Read more' },
    ]);
    expect(keys).toEqual(['meta-title', 'p-read-more', 'p-read-more-2', 'p-read-more-2-2', 'p-read-more-3']);
  });

  it('is deterministic', () => {
    const segments = [
      { kind: 'heading' as const, words: 'Results' },
      { kind: 'table-cell' as const, words: 'Results' },
    ];
    expect(assignKeys(segments)).toEqual(assignKeys(segments));
    expect(assignKeys(segments)).toEqual(['h-results', 'td-results']);
  });
});
