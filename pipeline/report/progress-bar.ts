/** Where a progress bar draws: a terminal stream. */
export interface ProgressStream {
  write(text: string): boolean;
  columns?: number;
}

/**
 * A progress bar for long runs on a terminal: count, share and rate, redrawn in place at most
 * ten times a second, and only past a few hundred documents; the CLI never passes one in CI,
 * off a terminal or with --quiet.
 */
export function progressBar(stream: ProgressStream, minimum = 200, now: () => number = () => performance.now()): (done: number, total: number) => void {
  const start = now();
  let drawn = 0;
  return (done, total) => {
    if (total < minimum || (done < total && now() - drawn < 100)) return;
    drawn = now();
    const seconds = (drawn - start) / 1000;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
    const filled = Math.round((done / total) * width);
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} documents, ${rate}/s${done === total ? '\n' : ''}`);
  };
}
