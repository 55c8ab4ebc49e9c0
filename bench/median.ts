/** The median of some values (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Runs `act` `runs` times; the median of its wall-clock times, in seconds. */
export function medianTime(runs: number, act: () => void): number {
  const samples: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    act();
    samples.push((performance.now() - started) / 1000);
  }
  return median(samples);
}
