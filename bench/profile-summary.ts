import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { profileAreas, type CpuProfile } from './profile-areas.js';

/**
 * `node dist-bench/bench/profile-summary.js DIR`: the time of every `.cpuprofile` in DIR (one per
 * thread, as `node --cpu-prof --cpu-prof-dir=DIR` writes them) by area (`profileAreas`), largest
 * first, with the total. The README's "where the cold job's time goes" comes from it, on
 * `TARJAMA_JOBS=1 node --cpu-prof --cpu-prof-dir=DIR dist/cli/cli.js build --extract --quiet --cwd P`.
 */
const folder = process.argv[2];
if (folder === undefined) throw new Error('usage: profile-summary.js DIR (the folder of node --cpu-prof-dir)');
const total = new Map<string, number>();
for (const file of readdirSync(folder).filter((name) => name.endsWith('.cpuprofile'))) {
  for (const [area, seconds] of profileAreas(JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as CpuProfile)) total.set(area, (total.get(area) ?? 0) + seconds);
}
const all = [...total.values()].reduce((sum, seconds) => sum + seconds, 0);
console.log(`${all.toFixed(2)} s in all`);
for (const [area, seconds] of [...total].sort((a, b) => b[1] - a[1])) console.log(`${seconds.toFixed(2).padStart(7)} s  ${area}`);
