import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, chromiumArgs } from '../../scripts/chromium';
import { marksInDocument } from '../e2e/helpers';
import { settled } from './firefox';

const CHROME_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface Highlighted {
  /** `mark` elements (a passage split over text nodes has several). */
  marks: number;
  passages: ReturnType<typeof marksInDocument>;
}

/**
 * What Crosscheck highlights on each page in Chromium (the build of `npm run build`, in a fresh
 * headless profile), read the same way the Firefox test reads Firefox: once the marks stop changing.
 */
export async function highlightedInChromium(urls: string[]): Promise<Map<string, Highlighted>> {
  if (!existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json'))) throw new Error('no Chromium build: run npx wxt build');
  const dir = await mkdtemp(join(tmpdir(), 'crosscheck-ff-ref-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args: chromiumArgs(CHROME_EXTENSION_DIR) });
  try {
    const results = new Map<string, Highlighted>();
    for (const url of urls) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('mark', { timeout: 15_000 });
      results.set(url, await settled(async () => ({ marks: await page.locator('mark').count(), passages: await page.evaluate(marksInDocument) })));
      await page.close();
    }
    return results;
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}
