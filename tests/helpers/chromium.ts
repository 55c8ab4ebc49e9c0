import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The system Chromium the browser tests drive: Debian's by default, `CHROMIUM_PATH` to override. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can; throws when CI requires them. */
export function chromiumSkipReason(): string | null {
  if (existsSync(chromiumPath)) return null;
  const install = "install Debian's chromium and fonts-noto-core (apt-get install --no-install-recommends chromium fonts-noto-core) or set CHROMIUM_PATH";
  if (process.env.TARJAMA_REQUIRE_BROWSER === '1') throw new Error(`TARJAMA_REQUIRE_BROWSER=1 but there is no Chromium at ${chromiumPath}: ${install}`);
  return `no Chromium at ${chromiumPath}; ${install}`;
}

/**
 * Launches the system Chromium headless. The tests never download a browser (`playwright
 * install` needs the network); the flags keep Chromium from reaching it on its own.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
