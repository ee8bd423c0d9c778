import type { Page } from '@playwright/test';

/**
 * JSHeapUsedSize of the page's renderer (CDP `Performance.getMetrics`) after two forced collections.
 * The page and the content script's isolated world share one isolate, so this counts both.
 */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  } finally {
    await cdp.detach();
  }
}
