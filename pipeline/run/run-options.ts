import type { PublishOptions } from '../publish/publish-options.js';
import type { RunSettings } from './run-settings.js';
import type { Shard } from './shard.js';

/** How to run over a project. */
export interface RunOptions extends RunSettings {
  /** Write the editions (build); null to only check. */
  publish: PublishOptions | null;
  /** Only this shard of the namespaces (`--shard 2/4`). */
  shard?: Shard | null;
  /** Called after each namespace, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}
