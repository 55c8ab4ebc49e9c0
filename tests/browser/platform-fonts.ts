import type { Page } from 'playwright-core';

/** A font Chromium used to draw the text of a node, and how many glyphs it drew with it. */
export interface PlatformFont {
  familyName: string;
  postScriptName?: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/**
 * The fonts Chromium actually used for the text under the first element matching `selector`,
 * as DevTools' "Rendered Fonts" shows them (CDP `CSS.getPlatformFontsForNode`).
 */
export async function platformFonts(page: Page, selector: string): Promise<PlatformFont[]> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await session.detach();
  }
}
