/**
 * Where the unrelated page's time goes, for `npm run bench`: in a browser without the extension, on
 * the unrelated page, (1) the small content script's bundle (crosscheck-light.js, as built) and the
 * four-line minimal script, each run as an inline script in a fresh page (parse, compile and run,
 * timed around the insertion), loads interleaved; (2) the pre-check alone against the single pattern
 * alone (scripts/lib/page-probes/precheck-probe.ts).
 */
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { median, round } from './bench-stats';
import { probeScript } from './page-probe';

export interface UnrelatedSplit {
  lightScriptMs: number;
  minimalScriptMs: number;
  precheckMs: number;
  minimalPatternMs: number;
}

const insertTimed = (code: string) => `(() => {
  const s = document.createElement('script');
  s.textContent = ${JSON.stringify(code)};
  const t0 = performance.now();
  document.head.append(s);
  return performance.now() - t0;
})()`;

export async function measureUnrelatedSplit(plain: Browser, url: string, extensionDir: string, minimal: string, runs = 15): Promise<UnrelatedSplit> {
  const light = readFileSync(path.join(extensionDir, 'crosscheck-light.js'), 'utf8');
  const times = { light: [] as number[], minimal: [] as number[] };
  for (let i = 0; i < runs; i++) {
    for (const [kind, code] of [['light', light], ['minimal', minimal]] as const) {
      const page = await plain.newPage();
      try {
        await page.goto(url);
        times[kind].push((await page.evaluate(insertTimed(code))) as number);
      } finally {
        await page.close();
      }
    }
  }
  const page = await plain.newPage();
  try {
    await page.goto(url);
    await page.evaluate(await probeScript('page-probes/precheck-probe.ts', '__ccPrecheck'));
    const costs = (await page.evaluate(`__ccPrecheck.precheckCosts(document)`)) as { precheckMs: number; minimalMs: number };
    return { lightScriptMs: round(median(times.light)), minimalScriptMs: round(median(times.minimal)), precheckMs: round(costs.precheckMs, 3), minimalPatternMs: round(costs.minimalMs, 3) };
  } finally {
    await page.close();
  }
}
