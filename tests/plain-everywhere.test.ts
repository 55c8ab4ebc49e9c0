import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainEverywhere, readsAsItself } from '../pipeline/publish/plain-everywhere.js';

/** The words YAML 1.1 or 1.2 readers resolve to null or a boolean when they stand alone. */
const words = ['y', 'yes', 'n', 'no', 'true', 'false', 'on', 'off', 'null', 'nil', 'none', 'nan', 'inf', 'yaml', 'falsey', 'nulls', 'offset', 'online', 'yesterday', 'nothing', 'truest'];

/** Every upper/lower case spelling of a word. */
function spellings(word: string): string[] {
  let out = [''];
  for (const letter of word) out = out.flatMap((start) => [start + letter.toLowerCase(), start + letter.toUpperCase()]);
  return [...new Set(out)];
}

/** The answer of `plainEverywhere` without its short way: the characters it allows, then both YAML versions asked. */
function asked(text: string): boolean {
  return /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} ,.'’()«»“”!?؟،؛…/&_\-–—]*$/u.test(text) && !/ {2}| $/.test(text) && readsAsItself(text);
}

const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const hasPyYaml = spawnSync(python, ['-c', 'import yaml'], { stdio: 'ignore' }).status === 0;

describe('plainEverywhere', () => {
  const cases = new Set<string>();
  for (const word of words) {
    for (const spelling of spellings(word)) {
      cases.add(spelling);
      for (const next of [' ', 's', '.', '1', 'é', ' x', ',', '_', '-']) cases.add(spelling + next);
    }
  }
  const character = fc.constantFrom(...'yYeEsSnNoOtTrRuUfFaAlLiI019 ,.\'’()«»!?/&_-–—éÉçبالر\u064E'.split(''), '~', ':', '#', '"');
  fc.assert(
    fc.property(fc.array(character, { minLength: 1, maxLength: 12 }), (parts) => {
      cases.add(parts.join(''));
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
  );

  it('answers as YAML 1.1 and 1.2 read the string back, the short way included', () => {
    let short = 0;
    for (const text of cases) {
      if (text.length > 5 && /^\p{L}/u.test(text) && asked(text)) short += 1;
      expect(plainEverywhere(text), JSON.stringify(text)).toBe(asked(text));
    }
    // The short way was taken, for spellings of the words too: the test above checks it.
    expect(short).toBeGreaterThan(500);
    expect(plainEverywhere('FALSE')).toBe(false);
    expect(plainEverywhere('Falsey')).toBe(true);
    expect(plainEverywhere('Le Maroc, acteur international (Ministère public)')).toBe(true);
  });

  it.skipIf(!hasPyYaml && process.env.TARJAMA_REQUIRE_PYYAML !== '1')('writes nothing plain that PyYAML reads as anything but that string', () => {
    const plain = [...cases].filter((text) => plainEverywhere(text));
    const script = 'import sys, json, yaml\nprint(json.dumps([yaml.safe_load("k: " + t)["k"] for t in json.load(sys.stdin)]))';
    const read = JSON.parse(execFileSync(python, ['-c', script], { input: JSON.stringify(plain), encoding: 'utf8', maxBuffer: 1 << 26 })) as unknown[];
    expect(read).toEqual(plain);
  });
});
