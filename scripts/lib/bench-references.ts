/**
 * The unrelated page's reference content scripts for `npm run bench`: what any content script pays
 * there, measured in the same run as Crosscheck's, loads interleaved.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromiumArgs } from '../../tests/e2e/fixtures';
import { median, round } from './bench-stats';

/** Waits for the content script's own end measure (the page's main world can read it). */
async function waitForCrosscheck(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByType('measure').some((m) => m.name === 'crosscheck' || m.name === 'crosscheck:skip'), null, {
    timeout: 180_000,
    polling: 100,
  });
}

/**
 * Reference content scripts for the unrelated page, measured in the same run as Crosscheck's: what
 * any content script pays there, so the figure can be read on a loaded machine. Each is its own
 * extension, timed like Crosscheck's small script (a mark as it starts, one measure at its end).
 */
export const REFERENCES: Record<string, string> = {
  'reads document.body only': 'document.body;',
  'the same first check, minimal': [
    "/syria|shar'?a|j(?:[ou]w?|aw)lani/i.test(document.body.textContent);",
    'new MutationObserver(() => {}).observe(document.body, { childList: true, subtree: true, characterData: true });',
    "document.addEventListener('mouseup', () => {});",
    "document.addEventListener('keyup', () => {});",
  ].join(' '),
};

async function referenceContext(dir: string, code: string): Promise<BrowserContext> {
  const ext = path.join(dir, 'ext');
  await mkdir(ext, { recursive: true });
  await writeFile(
    path.join(ext, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'reference', version: '1', content_scripts: [{ matches: ['http://*/*'], js: ['c.js'], run_at: 'document_idle' }] }),
  );
  await writeFile(
    path.join(ext, 'c.js'),
    `performance.mark('crosscheck:load'); ${code} performance.measure('crosscheck:work:light', 'crosscheck:load'); performance.measure('crosscheck:skip', 'crosscheck:load');`,
  );
  return chromium.launchPersistentContext(path.join(dir, 'profile'), { executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs(ext) });
}

/** Main-thread ms of the content script on one load of `url` (the sum of its work measures). */
async function workMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await waitForCrosscheck(page);
  const ms = await page.evaluate(() => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('crosscheck:work:')).reduce((sum, m) => sum + m.duration, 0));
  await page.close();
  return ms;
}

/** The unrelated page with Crosscheck and with each reference script, loads interleaved. */
export async function unrelatedAgainstReferences(context: BrowserContext, url: string, dir: string, runs: number): Promise<Record<string, number>> {
  const refs = await Promise.all(Object.entries(REFERENCES).map(async ([name, code], i) => [name, await referenceContext(path.join(dir, `ref-${i}`), code)] as const));
  const times: Record<string, number[]> = { Crosscheck: [] };
  try {
    for (let run = 0; run < runs; run++) {
      times.Crosscheck!.push(await workMs(context, url));
      for (const [name, ref] of refs) (times[name] ??= []).push(await workMs(ref, url));
    }
  } finally {
    for (const [, ref] of refs) await ref.close();
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, round(median(values))]));
}

