/** Orders two strings by UTF-16 code units, as `sort()` does, for a deterministic order whatever the locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
