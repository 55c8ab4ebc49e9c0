/** How much of `total` is translated, in whole percent rounded down (100 when there is nothing to translate). */
export function coveragePercent(translated: number, total: number): number {
  return total === 0 ? 100 : Math.floor((translated / total) * 100);
}
