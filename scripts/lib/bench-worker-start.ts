/**
 * What starting the background worker costs, for `npm run bench`; and, for comparison, what wink-nlp
 * with its English model cost (the matcher split English sentences with it until it moved to
 * `Intl.Segmenter`; neither is in the bundle now, the probes import them from devDependencies). Each script is run in a fresh dedicated worker of a page in a browser without the
 * extension (from a Blob, so no code cache), timed from `new Worker` to the message its last line
 * posts, minus the same for an empty script; kinds interleaved, medians.
 *
 * The background bundle is run with a stand-in `chrome`/`browser` (a Proxy answering every property
 * and call with itself), so its main() wires its listeners against nothing; what it awaits never
 * settles, so only its synchronous start is timed. Then the matcher's first call in a fresh page against
 * its second (compiling and optimising its code), and wink's former sentence splitting against the
 * matcher's (`Intl.Segmenter`) on the same text, in the same page.
 */
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { median, round } from './bench-stats';
import { probeScript } from './page-probe';

// Answers any property with itself and any call with itself; `then` is absent so nothing awaits it.
const CHROME_STUB = `(() => { const p = new Proxy(function () {}, { get: (t, k) => (k === 'then' ? undefined : k === Symbol.toPrimitive ? () => 'stub' : p), apply: () => p }); self.chrome = p; self.browser = p; })();`;

export interface WorkerStart {
  /** Median ms to run each script in a fresh worker, the empty worker subtracted. */
  evaluateMs: Record<string, number>;
  emptyWorkerMs: number;
  /** An error the stubbed background threw, if any (it then stopped there). */
  backgroundError: string | null;
  bytes: Record<string, number>;
  sentences: { winkMs: number; segmenterMs: number; a: number; b: number; both: number; onlyA: string[]; onlyB: string[]; words: number };
  /** The matcher on `matchText` in a fresh page: first call (cold code) and second, medians of fresh pages. */
  firstMatchMs: number;
  secondMatchMs: number;
}

export async function measureWorkerStart(plain: Browser, pageUrl: string, extensionDir: string, text: string, matchText: string, runs = 7): Promise<WorkerStart> {
  const scripts: Record<string, string> = {
    empty: '',
    'background.js (whole bundle)': readFileSync(path.join(extensionDir, 'background.js'), 'utf8'),
    'wink-nlp + model + winkNLP (unbundled)': await probeScript('page-probes/wink-init.ts', '__ccWink'),
    'model module only (unbundled)': await probeScript('page-probes/model-only.ts', '__ccModel'),
    'wink-nlp code only (unbundled)': await probeScript('page-probes/wink-only.ts', '__ccWinkOnly'),
  };
  const page = await plain.newPage();
  try {
    await page.goto(pageUrl);
    await page.evaluate(`window.__ccScripts = {}`);
    for (const [name, code] of Object.entries(scripts)) {
      const source = `${CHROME_STUB}\nlet __ccError = null;\ntry {\n${code}\n} catch (e) { __ccError = String(e && e.message || e); }\npostMessage(__ccError);`;
      await page.evaluate(([n, s]) => ((window as unknown as { __ccScripts: Record<string, string> }).__ccScripts[n] = URL.createObjectURL(new Blob([s], { type: 'text/javascript' }))), [name, source] as const);
    }
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(scripts).map((k) => [k, []]));
    let backgroundError: string | null = null;
    for (let run = 0; run < runs; run++) {
      for (const name of Object.keys(scripts)) {
        const [ms, error] = (await page.evaluate(`new Promise((resolve) => {
          const t0 = performance.now();
          const w = new Worker(window.__ccScripts[${JSON.stringify(name)}]);
          w.onmessage = (e) => { resolve([performance.now() - t0, e.data]); w.terminate(); };
          w.onerror = (e) => { resolve([performance.now() - t0, String(e.message)]); w.terminate(); };
        })`)) as [number, string | null];
        times[name]!.push(ms);
        if (name.startsWith('background') && error) backgroundError = error;
      }
    }
    const emptyWorkerMs = median(times.empty!);
    const evaluateMs = Object.fromEntries(Object.entries(times).filter(([k]) => k !== 'empty').map(([k, v]) => [k, round(median(v) - emptyWorkerMs, 1)]));
    await page.evaluate(await probeScript('page-probes/sentence-probe.ts', '__ccSentences'));
    const sentences = (await page.evaluate(([t]) => (globalThis as unknown as { __ccSentences: { compareSplitters: (s: string) => unknown } }).__ccSentences.compareSplitters(t), [text] as const)) as Omit<WorkerStart['sentences'], 'words'>;
    const matchProbe = await probeScript('page-probes/first-match.ts', '__ccMatch');
    const first: number[] = [];
    const second: number[] = [];
    for (let run = 0; run < 3; run++) {
      const fresh = await plain.newPage();
      try {
        await fresh.goto(pageUrl);
        await fresh.evaluate(matchProbe);
        const [a, b] = (await fresh.evaluate(([t]) => (globalThis as unknown as { __ccMatch: { firstAndSecond: (s: string) => [number, number] } }).__ccMatch.firstAndSecond(t), [matchText] as const)) as [number, number];
        first.push(a);
        second.push(b);
      } finally {
        await fresh.close();
      }
    }
    return {
      firstMatchMs: round(median(first), 1),
      secondMatchMs: round(median(second), 1),
      evaluateMs,
      emptyWorkerMs: round(emptyWorkerMs, 1),
      backgroundError,
      bytes: Object.fromEntries(Object.entries(scripts).map(([k, v]) => [k, Buffer.byteLength(v)])),
      sentences: { ...sentences, winkMs: round(sentences.winkMs), segmenterMs: round(sentences.segmenterMs), words: text.split(/\s+/).filter(Boolean).length },
    };
  } finally {
    await page.close();
  }
}
