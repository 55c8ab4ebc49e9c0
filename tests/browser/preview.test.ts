/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkipReason, launchChromium } from '../helpers/chromium.js';
import { copyToTemp, repoRoot, runCliInProcess } from '../helpers/run-cli.js';
import { firstLines, ltrIslands, missingGlyphs, type Box, type Island, type IslandCharacter } from './page-probes.js';
import { platformFonts } from './platform-fonts.js';

/**
 * The HTML previews as a reader's browser shows them: the repository's article is built by the
 * real CLI in a temporary copy (so a concurrent rebuild of output/ cannot interfere), and the
 * Arabic and French pages are opened in headless Chromium from file:// URLs.
 */
const slug = 'morocco-online-child-exploitation';
const screenshots = path.join(repoRoot, 'tests', '.output', 'screenshots');
const skipReason = chromiumSkipReason();
// The suite's title carries the reason too, but reporters fold skipped suites away.
if (skipReason) console.warn(`browser preview tests skipped: ${skipReason}`);

let browser: Browser;
let site: string;
let sourceLocale: string;

function pageUrl(locale: string): string {
  return pathToFileURL(path.join(site, 'output', locale, `${slug}.html`)).href;
}

async function open(locale: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  await page.goto(pageUrl(locale));
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Whether two boxes sit on the same line: their vertical extents overlap by more than half the shorter one. */
function sameLine(a: Box, b: Box): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap > Math.min(a.bottom - a.top, b.bottom - b.top) / 2;
}

/** Adjacent characters of a run that share a line but are not drawn left to right. */
function outOfOrder(characters: IslandCharacter[]): string[] {
  return characters.slice(1).flatMap((next, index) => {
    const previous = characters[index] as IslandCharacter;
    return sameLine(previous.box, next.box) && !(next.box.left > previous.box.left) ? [`${previous.character}${next.character}`] : [];
  });
}

/**
 * The Arabic letters next to a left-to-right island that are not where right-to-left flow puts
 * them: the letter before it (in logical order) belongs on its right, the letter after it on its
 * left, when they share a line; otherwise on the line above or below.
 */
function misplacedNeighbours(island: Island): string[] {
  const { before, after, characters, box } = island;
  const misplaced: string[] = [];
  if (before) {
    const shared = characters.filter((entry) => sameLine(entry.box, before.box));
    const placed = shared.length ? before.box.left >= Math.max(...shared.map((entry) => entry.box.right)) - 1 : before.box.bottom <= box.top + 1;
    if (!placed) misplaced.push(`${before.character} (before) at x=${before.box.left}`);
  }
  if (after) {
    const shared = characters.filter((entry) => sameLine(entry.box, after.box));
    const placed = shared.length ? after.box.right <= Math.min(...shared.map((entry) => entry.box.left)) + 1 : after.box.top >= box.bottom - 1;
    if (!placed) misplaced.push(`${after.character} (after) at x=${after.box.left}`);
  }
  return misplaced;
}

/** The switcher, `hreflang` alternates and `x-default` of a page, which every edition shares. */
function itLinksTheOtherEditions(locale: string, page: () => Page): void {
  it('links every language of the switcher to an existing page in that language and marks its own with aria-current', async () => {
    const links = await page().$$eval('nav.languages a', (anchors) =>
      anchors.map((anchor) => ({ href: (anchor as HTMLAnchorElement).href, hreflang: anchor.getAttribute('hreflang'), current: anchor.getAttribute('aria-current') })),
    );
    expect(links.map((link) => link.hreflang)).toEqual(['en', 'fr', 'ar']);
    expect(links.filter((link) => link.current !== null)).toEqual([{ href: pageUrl(locale), hreflang: locale, current: 'page' }]);
    const visitor = await browser.newPage();
    try {
      for (const link of links) {
        expect(existsSync(fileURLToPath(link.href)), link.href).toBe(true);
        await visitor.goto(link.href);
        expect(await visitor.evaluate(() => document.documentElement.lang)).toBe(link.hreflang);
      }
    } finally {
      await visitor.close();
    }
  });

  it('names the source edition as its x-default alternate', async () => {
    const href = await page().$eval('link[rel="alternate"][hreflang="x-default"]', (link) => (link as HTMLLinkElement).href);
    expect(href).toBe(pageUrl(sourceLocale));
    expect(existsSync(fileURLToPath(href))).toBe(true);
  });
}

describe.skipIf(skipReason)(`HTML previews in Chromium${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    site = await copyToTemp(repoRoot, (file) => {
      const relative = path.relative(repoRoot, file);
      return relative === '' || ['tarjama.config.json', 'source', 'locales'].some((entry) => relative === entry || relative.startsWith(`${entry}${path.sep}`));
    });
    const build = await runCliInProcess(site, ['build']);
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    sourceLocale = (JSON.parse(await readFile(path.join(site, 'tarjama.config.json'), 'utf8')) as { sourceLocale: string }).sourceLocale;
    browser = await launchChromium();
    await mkdir(screenshots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  describe('the Arabic page', () => {
    let page: Page;
    beforeAll(async () => {
      page = await open('ar');
    });

    it('computes direction rtl on <html> and on every article paragraph', async () => {
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('rtl');
      const directions = await page.$$eval('article p', (paragraphs) => paragraphs.map((paragraph) => getComputedStyle(paragraph).direction));
      expect(directions.length).toBeGreaterThan(1);
      expect(new Set(directions)).toEqual(new Set(['rtl']));
    });

    it('starts the first line of every article paragraph at the right edge of its content box', async () => {
      for (const paragraph of await page.evaluate(firstLines, 'article p')) {
        expect(Math.abs(paragraph.line.right - paragraph.content.right), paragraph.text).toBeLessThanOrEqual(2);
      }
    });

    it('draws MA-JUST, CyberSouth and the numbers left to right in source order, each in a <bdi> computing direction ltr', async () => {
      const islands = await page.evaluate(ltrIslands);
      expect(islands.map((island) => island.text)).toEqual(expect.arrayContaining(['MA-JUST', 'CyberSouth', '18', '2025']));
      for (const island of islands) {
        expect(island.direction, island.text).toBe('ltr');
        expect(island.characters.map((entry) => entry.character).join(''), island.text).toBe(island.text.replace(/\s/gu, ''));
        expect(outOfOrder(island.characters), island.text).toEqual([]);
      }
    });

    it('flows the Arabic around each left-to-right run: the letter before it is on its right, the letter after it on its left', async () => {
      const islands = await page.evaluate(ltrIslands);
      for (const island of islands) expect(misplacedNeighbours(island), island.text).toEqual([]);
      // "و«MA-JUST»" has no line-break opportunity, so this comparison is always made on one line.
      const maJust = islands.find((island) => island.text === 'MA-JUST');
      expect(maJust?.before?.character).toBe('و');
      expect(maJust?.before && sameLine(maJust.before.box, maJust.box)).toBe(true);
    });

    /*
     * Which fonts drew the text, from CDP's CSS.getPlatformFontsForNode. To learn how a glyph
     * that no font has is reported, a probe with two unassigned code points (U+0378, U+0379) is
     * put in a paragraph first: Chromium on Linux does not name a last-resort font (as macOS's
     * "LastResort" would be), it charges the .notdef boxes to the element's primary font, Noto
     * Naskh Arabic here, with a glyph count. So a family that only the probe reports is a
     * last-resort font and must not appear for real text, but when the probe reports a family of
     * the page's own stack, the family list cannot tell a box from a glyph: the next test
     * compares pixels for that.
     */
    it('draws every article paragraph with a Noto Arabic font and no last-resort font', async () => {
      const stack = await page.$eval('article > p', (paragraph) => {
        const probe = document.createElement('span');
        probe.id = 'missing-glyph-probe';
        probe.textContent = '\u0378\u0379';
        paragraph.append(probe);
        // Lays the probe out now (reading its width does): CSS.getPlatformFontsForNode reads the
        // shaped text of the last layout and lays nothing out itself, so without it the count
        // depends on whether a frame was drawn in between (the count of 2 failed once in a full run, under load).
        void probe.offsetWidth;
        return getComputedStyle(paragraph).fontFamily.split(',').map((family) => family.trim().replace(/^["']|["']$/gu, ''));
      });
      const probe = await platformFonts(page, '#missing-glyph-probe');
      // Removed and laid out again, for the same reason, before the paragraphs' fonts are read.
      await page.evaluate(() => {
        document.getElementById('missing-glyph-probe')?.remove();
        void document.body.offsetWidth;
      });
      expect(probe.reduce((sum, font) => sum + font.glyphCount, 0), 'glyphs Chromium reports for the two missing characters').toBe(2);
      const lastResort = probe.map((font) => font.familyName).filter((family) => !stack.includes(family));

      const count = await page.locator('article > p').count();
      expect(count).toBeGreaterThan(1);
      for (let index = 1; index <= count; index += 1) {
        const fonts = await platformFonts(page, `article > p:nth-of-type(${index})`);
        expect(fonts.filter((font) => /Noto (Naskh|Sans|Kufi) Arabic/u.test(font.familyName) && font.glyphCount > 0), JSON.stringify(fonts)).not.toEqual([]);
        expect(fonts.filter((font) => lastResort.includes(font.familyName))).toEqual([]);
      }
    });

    it('draws no character of the page as a missing-glyph box', async () => {
      // The check itself must see a box: an unassigned code point in a paragraph is one.
      await page.$eval('article > p', (paragraph) => {
        const probe = document.createElement('span');
        probe.id = 'missing-glyph-probe';
        probe.textContent = '\u0379';
        paragraph.append(probe);
      });
      const probe = await page.evaluate(missingGlyphs, '#missing-glyph-probe');
      await page.evaluate(() => document.getElementById('missing-glyph-probe')?.remove());
      expect(probe.map((glyph) => glyph.codePoint)).toEqual(['U+0379']);
      expect(await page.evaluate(missingGlyphs, 'body')).toEqual([]);
    });

    itLinksTheOtherEditions('ar', () => page);

    it('saves a full-page screenshot to tests/.output/screenshots/ar.png', async () => {
      const file = path.join(screenshots, 'ar.png');
      await page.screenshot({ path: file, fullPage: true });
      expect(existsSync(file)).toBe(true);
    });
  });

  describe('the French page', () => {
    let page: Page;
    beforeAll(async () => {
      page = await open('fr');
    });

    it('computes direction ltr on <html> and on every article paragraph', async () => {
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('ltr');
      const directions = await page.$$eval('article p', (paragraphs) => paragraphs.map((paragraph) => getComputedStyle(paragraph).direction));
      expect(directions.length).toBeGreaterThan(1);
      expect(new Set(directions)).toEqual(new Set(['ltr']));
    });

    it('starts the first line of every article paragraph at the left edge of its content box', async () => {
      for (const paragraph of await page.evaluate(firstLines, 'article p')) {
        expect(Math.abs(paragraph.line.left - paragraph.content.left), paragraph.text).toBeLessThanOrEqual(2);
      }
    });

    it('draws no character of the page as a missing-glyph box', async () => {
      expect(await page.evaluate(missingGlyphs, 'body')).toEqual([]);
    });

    itLinksTheOtherEditions('fr', () => page);

    it('saves a full-page screenshot to tests/.output/screenshots/fr.png', async () => {
      const file = path.join(screenshots, 'fr.png');
      await page.screenshot({ path: file, fullPage: true });
      expect(existsSync(file)).toBe(true);
    });
  });
});
