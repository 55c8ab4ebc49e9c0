import { describe, expect, it } from 'vitest';
import * as api from '../pipeline/index.js';

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual(
      ['TarjamaError', 'build', 'check', 'defaultConfig', 'defineConfig', 'extract', 'formatJson', 'formatText', 'loadConfig', 'readSource'].sort(),
    );
  });
});
