/**
 * A story page loaded right after the extension's service worker was stopped, against the same page
 * with the worker running, loads interleaved, for `npm run bench`.
 *
 * Stopping: `ServiceWorker.stopWorker(versionId)` on a CDP session of a tab showing one of the
 * extension's own files (its manifest: no script there talks to the worker). `stopAllWorkers` from a
 * web page's session and `Target.closeTarget` on the worker's target left it running. A stop counts
 * only when the version reports `stopped` and no service_worker target is left (`Target.getTargets`);
 * Playwright's `context.serviceWorkers()` keeps listing a stopped worker, so it is not the test.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { median, ratioOf, round } from './bench-stats';

interface Version {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

export interface WorkerControl {
  /** Stops the worker; resolves true once it is verified stopped. */
  stop(): Promise<boolean>;
  close(): Promise<void>;
}

export async function controlWorker(context: BrowserContext, extensionId: string): Promise<WorkerControl> {
  const tab: Page = await context.newPage();
  await tab.goto(`chrome-extension://${extensionId}/manifest.json`);
  const cdp: CDPSession = await context.newCDPSession(tab);
  const versions = new Map<string, Version>();
  cdp.on('ServiceWorker.workerVersionUpdated' as never, (e: { versions: Version[] }) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) versions.set(v.versionId, v);
  });
  await cdp.send('ServiceWorker.enable' as never);
  const workerTargets = async () =>
    ((await cdp.send('Target.getTargets')).targetInfos as Array<{ type: string; url: string }>).filter((t) => t.type === 'service_worker' && t.url.includes(extensionId)).length;
  return {
    async stop() {
      for (let wait = 0; !versions.size && wait < 40; wait++) await tab.waitForTimeout(50);
      for (const v of versions.values()) if (v.runningStatus !== 'stopped') await cdp.send('ServiceWorker.stopWorker' as never, { versionId: v.versionId } as never);
      for (let wait = 0; wait < 100; wait++) {
        if ([...versions.values()].every((v) => v.runningStatus === 'stopped') && (await workerTargets()) === 0) return true;
        await tab.waitForTimeout(50);
      }
      return false;
    },
    async close() {
      await cdp.detach().catch(() => {});
      await tab.close();
    },
  };
}

/** Navigation start to the last highlight (the `crosscheck` measure's end), in a fresh tab. */
async function wallToLastHighlight(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('crosscheck', 'measure').length > 0, null, { timeout: 120_000, polling: 50 });
    return await page.evaluate(() => {
      const m = performance.getEntriesByName('crosscheck', 'measure')[0]!;
      return m.startTime + m.duration;
    });
  } finally {
    await page.close();
  }
}

export interface ColdStart {
  warmWallMs: number;
  coldWallMs: number;
  ratio: number | null;
  /** Loads of each kind, and how many stops were verified (all of them, or the figure is not reported). */
  runs: number;
  stopsVerified: number;
  warmRangeMs: [number, number];
  coldRangeMs: [number, number];
}

export async function measureColdStart(context: BrowserContext, extensionId: string, url: string, runs = 5): Promise<ColdStart> {
  const control = await controlWorker(context, extensionId);
  const warm: number[] = [];
  const cold: number[] = [];
  let stopsVerified = 0;
  try {
    await wallToLastHighlight(context, url); // the worker runs and has read the packs
    for (let i = 0; i < runs; i++) {
      warm.push(await wallToLastHighlight(context, url));
      if (await control.stop()) {
        stopsVerified++;
        cold.push(await wallToLastHighlight(context, url));
      }
    }
  } finally {
    await control.close();
  }
  const range = (v: number[]): [number, number] => [round(Math.min(...v), 1), round(Math.max(...v), 1)];
  return {
    warmWallMs: round(median(warm), 1),
    coldWallMs: cold.length ? round(median(cold), 1) : Number.NaN,
    ratio: cold.length ? ratioOf(median(cold), median(warm)) : null,
    runs,
    stopsVerified,
    warmRangeMs: range(warm),
    coldRangeMs: cold.length ? range(cold) : [Number.NaN, Number.NaN],
  };
}
