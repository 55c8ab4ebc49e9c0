import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../pipeline/config/config.js';
import { projectPaths } from '../pipeline/project/project-paths.js';

describe('projectPaths', () => {
  const root = path.resolve('/project');
  const paths = projectPaths(root, defaultConfig);

  it('names a namespace\'s inputs relative to the root exactly as `relative` names its files', () => {
    const inputs = paths.relativeInputs(['en', 'ar'])('article');
    expect(inputs).toEqual({ source: 'source/article.md', catalogs: ['locales/en/article.json', 'locales/ar/article.json'], state: 'locales/.tarjama/state/article.json' });
    expect(inputs.source).toBe(paths.relative(paths.sourceFile('article')));
    expect(inputs.catalogs[1]).toBe(paths.relative(paths.catalogFile('ar', 'article')));
    expect(inputs.state).toBe(paths.relative(paths.stateFile('article')));
  });

  it('names the inputs of a folder that is the root itself without a leading slash', () => {
    const flat = projectPaths(root, { ...defaultConfig, sourceDir: '.' });
    expect(flat.relativeInputs([])('article').source).toBe('article.md');
  });
});
