import { describe, expect, it } from 'vitest';
import { profileAreas, type CpuProfile } from '../bench/profile-areas.js';

describe('profileAreas', () => {
  it('gives each sample the time until the next one, in the area of the function it was taken in', () => {
    const frames: Array<[string, string]> = [
      ['(root)', ''],
      ['compile', 'file:///w/node_modules/mdast-util-from-markdown/lib/index.js'],
      ['phrasing', 'file:///w/node_modules/mdast-util-to-markdown/lib/util/container-phrasing.js'],
      ['element', 'file:///w/node_modules/hast-util-to-html/lib/handle/element.js'],
      ['parse', 'file:///w/dist/project/parsed-articles.js'],
      ['present', 'file:///w/dist/markdown/narrowed-unsafe.js'],
      ['(garbage collector)', ''],
      ['lstat', ''],
      ['RegExp: \\d+', ''],
      ['hash', 'node:internal/crypto/hash'],
      ['something', 'file:///w/node_modules/@scope/pkg/index.js'],
    ];
    const profile: CpuProfile = { nodes: frames.map(([functionName, url], id) => ({ id, callFrame: { functionName, url } })), samples: [], timeDeltas: [] };
    // Sample k is taken in frame k; the time until the next sample is (k + 1) ms.
    for (const id of frames.keys()) {
      profile.samples.push(id);
      profile.timeDeltas.push(id * 1000);
    }
    profile.timeDeltas.push(frames.length * 1000);
    expect(Object.fromEntries(profileAreas(profile))).toEqual({
      'other: (root)': 0.001,
      'libraries: Markdown parsing': 0.002,
      'libraries: Markdown writing': 0.003,
      'libraries: HTML': 0.004,
      'tarjama: project': 0.005,
      'escaping done for mdast-util-to-markdown': 0.006,
      'the collector': 0.007,
      'file system calls': 0.008,
      'regular expressions': 0.009,
      hashing: 0.01,
      'libraries: other': 0.011,
    });
  });
});
