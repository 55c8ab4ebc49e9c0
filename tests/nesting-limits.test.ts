import { DOMParser, type Element } from '@xmldom/xmldom';
import type { Html, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { jsonNestingExcess } from '../pipeline/catalog/json-nesting-excess.js';
import { readCatalog } from '../pipeline/catalog/read-catalog.js';
import { yamlNestingExcess } from '../pipeline/extract/yaml-nesting-excess.js';
import { NestingError } from '../pipeline/markdown/nesting-error.js';
import { parseMessage } from '../pipeline/markdown/parse-message.js';
import { processor } from '../pipeline/markdown/processor.js';
import { rawHtmlExcess } from '../pipeline/markdown/raw-html-excess.js';
import { jsonNestsDeeper } from '../pipeline/util/json-nests-deeper.js';
import { elementNestingExcess } from '../pipeline/xliff/element-nesting-excess.js';

const noContext = { definitions: '', reserved: new Set<string>(), labels: new Map() };

describe('jsonNestingExcess', () => {
  it('finds the first bracket past the limit and the top-level key it is under', () => {
    expect(jsonNestingExcess('{"a": "[[[[", "b": [[1]]}', 3)).toBeNull();
    expect(jsonNestingExcess('{"a": "[[[[", "b": [[[1]]]}', 3)).toEqual({ offset: 21, key: 'b' });
    expect(jsonNestingExcess('[[[[]]]]', 3)).toEqual({ offset: 3, key: null });
  });

  it('counts a close that does not match its open as no close (invalid JSON is never understated)', () => {
    expect(jsonNestingExcess('{"a": [}[}[}', 3)).toEqual({ offset: 10, key: 'a' });
  });
});

describe('jsonNestsDeeper', () => {
  it('counts brackets outside strings only, a string ending at a quote after an even run of backslashes', () => {
    expect(jsonNestsDeeper('{"a": "[[[[{{{{"}', 1)).toBe(false);
    expect(jsonNestsDeeper('{"a\\"[[": 1}', 1)).toBe(false);
    expect(jsonNestsDeeper('{"a\\\\": [[1]]}', 2)).toBe(true);
    expect(jsonNestsDeeper('{"a\\\\\\"[[": [1]}', 2)).toBe(false);
    expect(jsonNestsDeeper('[[["\\\\"]]]', 3)).toBe(false);
    expect(jsonNestsDeeper('[[["\\\\"]]]', 2)).toBe(true);
    // An unclosed string (not JSON) hides what follows it.
    expect(jsonNestsDeeper('["[[[', 1)).toBe(false);
  });

  it('looks no further in a text with no more opening brackets than the limit, and still finds depth past them', () => {
    expect(jsonNestsDeeper('[[[]]]', 3)).toBe(false);
    expect(jsonNestsDeeper('[{[]}]', 2)).toBe(true);
    expect(jsonNestsDeeper(`[${'"[{",'.repeat(5)}[[1]]]`, 2)).toBe(true);
    expect(jsonNestsDeeper(`[${'"[{",'.repeat(5)}[1]]`, 2)).toBe(false);
  });

  it('agrees with the depth of the value for JSON.stringify of values whose strings are made of quotes, backslashes and brackets', () => {
    let seed = 7;
    const next = (bound: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % bound;
    };
    const text = (): string => Array.from({ length: next(6) }, () => '"\\[]{}a'[next(7)]).join('');
    const value = (levels: number): unknown => (levels === 0 ? text() : next(2) === 0 ? [text(), value(levels - 1), text()] : { [text()]: value(levels - 1), [`${text()}k`]: text() });
    const depth = (item: unknown): number => (typeof item === 'object' && item !== null ? 1 + Math.max(0, ...Object.values(item).map(depth)) : 0);
    for (let run = 0; run < 500; run += 1) {
      const item = value(next(8));
      const json = JSON.stringify(item);
      expect(jsonNestsDeeper(json, depth(item)), json).toBe(false);
      if (depth(item) > 0) expect(jsonNestsDeeper(json, depth(item) - 1), json).toBe(true);
    }
  });
});

describe('readCatalog', () => {
  it('reads a catalog nested 64 deep, and refuses one nested 65 deep as unreadable, naming the key', () => {
    expect(readCatalog(`{"a": ${'['.repeat(63)}${']'.repeat(63)}}`).problems.map((problem) => problem.kind)).toEqual(['type']);
    const deep = readCatalog(`{\n  "a": "x",\n  "b": ${'['.repeat(64)}${']'.repeat(64)}\n}\n`);
    expect(deep.unreadable).toBe(true);
    expect(deep.problems).toEqual([
      {
        kind: 'parse',
        key: 'b',
        position: { line: 3, column: 71 },
        message: 'arrays and objects nested more than 64 deep in the value of "b"; a catalog is one object of "key": "translation" pairs, each translation a string',
      },
    ]);
  });
});

describe('the Markdown processor', () => {
  it('parses containers nested 100 deep, and throws a NestingError at the 101st', () => {
    expect((processor.parse(`${'>'.repeat(99)} *x*`) as Root).children).toHaveLength(1);
    let error: unknown;
    try {
      processor.parse(`Intro.\n\n${'>'.repeat(100)} *x*`);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(NestingError);
    expect(error).toMatchObject({ line: 3, column: 102 });
  });

  it('turns a message nested too deep into a refused message, not an exception', () => {
    expect(parseMessage(`${'*a '.repeat(101)}x${' b*'.repeat(101)}`, [], noContext)).toEqual({
      ok: false,
      problem: 'Markdown nested more than 100 deep (block quotes, list items, footnotes, emphasis or links inside one another); flatten it: tarjama reads at most 100 levels',
    });
  });
});

describe('yamlNestingExcess', () => {
  it('passes real front matter and finds where flow, indented and compact nesting pass the limit', () => {
    expect(yamlNestingExcess('title: A title\ntags: [a, b]\nauthor:\n  name: X\n  links:\n    - https://x.example\n', 3)).toBeNull();
    expect(yamlNestingExcess('tags: [[[1]]]', 3)).toBe(8);
    expect(yamlNestingExcess('a:\n  b:\n    c:\n      d: 1\n', 3)).toBe(21);
    expect(yamlNestingExcess('a:\n  - - - 1\n', 3)).toBe(9);
  });

  it('does not count the indentation of a block scalar’s text', () => {
    expect(yamlNestingExcess(`text: |\n${' '.repeat(200)}- - - - - deep\nnext: 1\n`, 3)).toBeNull();
  });
});

describe('rawHtmlExcess', () => {
  const html = (value: string): Html => ({ type: 'html', value });
  const root = (...values: string[]): Root => ({ type: 'root', children: values.map(html) });

  it('counts elements across the raw HTML of a document, as a parser closes them', () => {
    expect(rawHtmlExcess(root('<div>'.repeat(3), '</div>'.repeat(3)), 3)).toBeNull();
    const deep = root('<div><div>', '<span><b>');
    expect(rawHtmlExcess(deep, 3)).toBe(deep.children[1]);
  });

  it('does not count void elements, self-closing tags, comments, or a <p> that closes the previous one', () => {
    expect(rawHtmlExcess(root('<br><img src="x"><hr/><!-- <div><div><div><div> -->', '<p>a<p>b<p>c<p>d'), 2)).toBeNull();
  });
});

describe('elementNestingExcess', () => {
  it('finds the first element, in document order, deeper than the limit', () => {
    const document = new DOMParser({ locator: true }).parseFromString('<a><b/><b><c><d/></c></b><e><f><g/></f></e></a>', 'text/xml');
    expect(elementNestingExcess(document.documentElement as Element, 4)).toBeNull();
    expect(elementNestingExcess(document.documentElement as Element, 3)?.localName).toBe('d');
  });
});
