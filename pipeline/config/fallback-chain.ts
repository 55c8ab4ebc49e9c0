import type { Config } from './config.js';

/** The locales a locale's missing keys are taken from, nearest first, as `fallbacks` declares them (none by default). */
export function fallbackChain(config: Config, locale: string): string[] {
  const chain: string[] = [];
  // The config check refuses cycles; the guard keeps a config built in code from looping.
  for (let next = config.fallbacks[locale]; next !== undefined && next !== locale && !chain.includes(next); next = config.fallbacks[next]) chain.push(next);
  return chain;
}
