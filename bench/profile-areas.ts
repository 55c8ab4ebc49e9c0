/** A V8 CPU profile, as `node --cpu-prof` writes it (the fields read here). */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** Libraries by what they do for tarjama, by the package's name. */
const libraryRoles: Array<[RegExp, string]> = [
  [/^(micromark|mdast-util-from-markdown|remark-parse|decode-named-character-reference|character-entities|unist-util-remove-position)/, 'libraries: Markdown parsing'],
  [/^(mdast-util-to-markdown|remark-stringify|zwitch|longest-streak|mdast-util-phrasing|markdown-table)/, 'libraries: Markdown writing'],
  [/^(hast-|mdast-util-to-hast|rehype-|property-information|html-void-elements|comma-separated-tokens|space-separated-tokens|hastscript|stringify-entities|ccount|trim-lines|web-namespaces|parse5)/, 'libraries: HTML'],
  [/^yaml$/, 'libraries: YAML'],
  [/^i18next$/, 'libraries: i18next'],
];

/** Node's own functions that are file system calls (a sample in one is the system call's time). */
const fileCalls = new Set(['lstat', 'stat', 'fstat', 'open', 'openFileHandle', 'read', 'readFileUtf8', 'writeFileUtf8', 'writeString', 'writeBuffer', 'rename', 'close', 'readdir', 'mkdir', 'unlink', 'rmSync', 'fsync', 'realpath', 'existsSync']);

/**
 * Where a profile's time went, in seconds, by area: the libraries by role (`libraryRoles`;
 * `libraries: other` for the rest of `node_modules`), tarjama's own code by the folder of
 * `dist/` it is compiled to (`tarjama: markdown`, …; mdast-util-to-markdown's escaping that
 * `narrowed-unsafe.js` does on the library's behalf apart), the collector, file system calls,
 * hashing, module loading, the regular expressions (wherever they run from), text decoding, idle
 * time, and the rest by Node module or built-in. Each sample counts the time until the next one, in the
 * function it was taken in (self time): the README's "where the cold job's time goes" figures.
 */
export function profileAreas(profile: CpuProfile): Map<string, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const areas = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id)?.callFrame;
    if (frame === undefined) return;
    const area = areaOf(frame.functionName, frame.url);
    areas.set(area, (areas.get(area) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1e6);
  });
  return areas;
}

function areaOf(name: string, url: string): string {
  const inModules = url.lastIndexOf('node_modules/');
  if (inModules !== -1) {
    const parts = url.slice(inModules + 'node_modules/'.length).split('/');
    const pkg = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? '');
    return libraryRoles.find(([pattern]) => pattern.test(pkg))?.[1] ?? 'libraries: other';
  }
  const inDist = url.lastIndexOf('/dist/');
  if (inDist !== -1) {
    const file = url.slice(inDist + '/dist/'.length);
    if (file === 'markdown/narrowed-unsafe.js') return 'escaping done for mdast-util-to-markdown';
    return `tarjama: ${file.split('/')[0] ?? file}`;
  }
  if (name === '(garbage collector)') return 'the collector';
  if (url === 'node:fs' || url.startsWith('node:internal/fs') || (url === '' && fileCalls.has(name))) return 'file system calls';
  if (url.includes('crypto')) return 'hashing';
  if (url.startsWith('node:internal/modules') || name === 'compileSourceTextModule' || name === 'internalModuleStat') return 'module loading';
  // Regular expressions run as compiled code of their own, named after their source.
  if (name.startsWith('RegExp: ')) return 'regular expressions';
  if (url === 'node:buffer') return 'text decoding';
  if (name === '(idle)' || name === '(program)') return 'idle';
  return `other: ${url === '' ? name : url}`;
}
