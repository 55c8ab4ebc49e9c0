import { describe, expect, it } from 'vitest';
import type { Inline } from '../pipeline/xliff/inline.js';
import { omegatText } from '../pipeline/xliff/omegat-text.js';

const bold = (id: string, children: Inline[]): Inline => ({ id, pair: 'strong', children });
const html = (id: string, native: string): Inline => ({ id, single: 'html', native });

describe('omegatText', () => {
  it('writes each element as OmegaT 3.6 shows it: <g> as gN, <x> as xN, <ph> by the first letter of its content, f without one', () => {
    const source: Inline[] = ['a ', bold('1', ['b']), ' c', html('2', '<sup>'), '1', html('3', '</sup>'), { id: '4', single: 'footnote', native: '[^1]' }, { id: '5', single: 'code', native: '`42`' }, ' d'];
    expect(omegatText(source)).toBe('a <g0>b</g0> c<s1/>1<s2/><x3/><f4/> d');
  });

  it('leaves out the tags around the whole segment, as OmegaT does, but keeps a pair that ends within the text', () => {
    expect(omegatText([bold('1', ['All of it'])])).toBe('All of it');
    expect(omegatText([bold('1', [bold('2', ['a']), ' b'])])).toBe('<g0>a</g0> b');
    expect(omegatText([bold('1', ['a']), ' b'])).toBe('<g0>a</g0> b');
    expect(omegatText([{ id: '1', single: 'break', native: '\\\n' }, 'a'])).toBe('a');
  });

  it('numbers a target after its source, whatever order the translation puts the elements in', () => {
    const source: Inline[] = [bold('1', ['a']), ' and ', bold('2', ['b']), '.'];
    expect(omegatText(source, [bold('2', ['B']), ' et ', bold('1', ['A']), '.'])).toBe('<g1>B</g1> et <g0>A</g0>.');
    expect(omegatText([bold('1', ['Tout'])], [bold('1', ['Tout'])])).toBe('Tout');
  });
});
