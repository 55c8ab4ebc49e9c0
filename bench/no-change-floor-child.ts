import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';

// A child of `noChangeFloor`: what any build that finds nothing changed must do, and nothing
// else. It reads and parses the build record, then takes the size and time of every input the
// parent listed and of every output the record lists. Node's own modules only: no bundle to load.
const [root, list, record] = process.argv.slice(2) as [string, string, string];
const inputs = JSON.parse(readFileSync(list, 'utf8')) as string[];
const records = (JSON.parse(readFileSync(record, 'utf8')) as { namespaces: Record<string, { outputs: Record<string, string> }> }).namespaces;
let stated = 0;
for (const file of inputs) if (lstatSync(path.join(root, file), { throwIfNoEntry: false })) stated += 1;
for (const { outputs } of Object.values(records)) for (const file of Object.keys(outputs)) if (lstatSync(path.join(root, file), { throwIfNoEntry: false })) stated += 1;
process.stdout.write(String(stated));
