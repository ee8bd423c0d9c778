/**
 * Serves the demo pages on 127.0.0.1:8787 and opens Chromium with the built extension on them.
 * With a display it opens a window you can use; without one (or with --headless) it walks the flow
 * itself and saves screenshots under test-results/demo/.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_PATH, chromiumArgs } from './chromium';
import { startStaticServer } from './static-server';

const repo = resolve(import.meta.dirname, '..');
const extension = resolve(repo, '.output/chrome-mv3');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const server = await startStaticServer(resolve(repo, 'tests/fixtures/pages'), { port: Number(process.env.PORT ?? 8787) });
const profile = resolve(repo, '.demo-profile');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless,
  viewport: headless ? { width: 1280, height: 900 } : null,
  args: chromiumArgs(extension),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.url}/other-outlet-wire.html`);
console.log(`Demo pages: ${server.url}/  (extension id ${id})`);

if (headless) {
  const out = resolve(repo, 'test-results/demo');
  mkdirSync(out, { recursive: true });
  await page.waitForSelector('mark[data-crosscheck-status]', { timeout: 15_000 });
  await page.screenshot({ path: `${out}/1-highlights.png` });
  await page.locator('mark[data-crosscheck-status="contested"]').first().hover();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/2-card.png` });
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  // The popup at its own width (720 px): its first screen is what a reader sees.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 720, height: 600 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.cc-claim, .cc-empty');
  await popup.screenshot({ path: `${out}/3-popup.png` });
  console.log(`No display: walked the flow headless; screenshots in ${out}`);
  await context.close();
  await server.close();
} else {
  console.log('Chromium is open on the demo article. Hover a highlight, click the Crosscheck icon (puzzle menu → pin). Ctrl+C to stop.');
  context.on('close', () => void server.close().then(() => process.exit(0)));
}
