/**
 * Renders assets/icons/icon.svg to the PNG sizes the stores and browsers ask for (16, 32, 48, 128),
 * with Debian's Chromium: nothing to download. The PNGs are committed; run this again
 * (`npx tsx scripts/make-icons.ts`) after changing the SVG.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_PATH, chromiumArgs } from './chromium';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const dir = resolve(import.meta.dirname, '../assets/icons');
const svg = readFileSync(resolve(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs() });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: resolve(dir, `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons: ${ICON_SIZES.map((s) => `icon-${s}.png`).join(', ')} in ${dir}`);
