import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A small seeded generator (mulberry32): the same seed gives the same corpus everywhere. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'court judges prosecutor council ministry reform budget hearing appeal ruling clerks registry training programme cooperation ' +
  'protection children rights law decree parliament session report figures region city kingdom partners experts digital platform ' +
  'investigation victims policy national international measures institution commitment framework support strategy network'
).split(' ');
const cities = ['Rabat', 'Casablanca', 'Tangier', 'Fez', 'Agadir', 'Marrakech', 'Oujda', 'Laayoune'];

/** One newsroom-style article of 3–6 KB: front matter, headings, emphasis, links, a list, a table, an image, code. */
export function article(next: () => number, index: number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentence = (length: number): string => {
    const parts = Array.from({ length }, () => pick(words));
    parts[0] = `${(parts[0] as string).charAt(0).toUpperCase()}${(parts[0] as string).slice(1)}`;
    return `${parts.join(' ')}`;
  };
  const paragraph = (): string => {
    const sentences = Array.from({ length: 3 + Math.floor(next() * 3) }, () => {
      const text = sentence(10 + Math.floor(next() * 10)).split(' ');
      const at = 2 + Math.floor(next() * (text.length - 4));
      const decoration = next();
      if (decoration < 0.3) text[at] = `*${text[at]}*`;
      else if (decoration < 0.5) text[at] = `**${text[at]}**`;
      else if (decoration < 0.7) text[at] = `[${text[at]}](https://news.example.ma/${pick(words)}/${index})`;
      else if (decoration < 0.8) text[at] = `\`${text[at]}-${index}\``;
      return `${text.join(' ')} in ${pick(cities)} on ${1 + Math.floor(next() * 28)} March, with ${10 + Math.floor(next() * 900)} participants.`;
    });
    return sentences.join(' ');
  };
  const blocks: string[] = [
    `---\ntitle: "${sentence(7)} ${index}"\ndescription: "${sentence(16)}."\ndate: 2025-03-${String(1 + (index % 28)).padStart(2, '0')}\n---`,
    paragraph(),
    paragraph(),
    `## ${sentence(4)}`,
    paragraph(),
    `- ${sentence(8)}.\n- ${sentence(9)}.\n- ${sentence(7)}.`,
    paragraph(),
    `![${sentence(6)}](https://images.example.ma/${index}.jpg)`,
    `## ${sentence(3)}`,
    `| ${sentence(2)} | ${sentence(2)} | ${sentence(2)} |\n| --- | --- | ---: |\n${Array.from({ length: 3 }, () => `| ${pick(cities)} | ${sentence(2)} | ${Math.floor(next() * 1000)} |`).join('\n')}`,
    paragraph(),
  ];
  const extra = Math.floor(next() * 4);
  for (let count = 0; count < extra; count += 1) blocks.push(paragraph());
  return `${blocks.join('\n\n')}\n`;
}

/** Writes a corpus of `count` articles into `root/source`, with its config. */
export async function writeCorpus(root: string, count: number, seed = 20250218): Promise<void> {
  const next = random(seed);
  await mkdir(path.join(root, 'source'), { recursive: true });
  await writeFile(path.join(root, 'tarjama.config.json'), `${JSON.stringify({ locales: ['en', 'fr', 'ar'], localeOptions: { ar: { numberingSystem: 'latn' } }, rules: { bidi: 'off' } }, null, 2)}\n`);
  for (let index = 0; index < count; index += 1) {
    await writeFile(path.join(root, 'source', `article-${String(index).padStart(5, '0')}.md`), article(next, index));
  }
}
