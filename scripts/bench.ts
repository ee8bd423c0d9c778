/**
 * `npm run bench [-- --json]`: the content script in headless Chromium with the built extension, on
 * deterministic generated pages (2k, 20k, 100k words about the story; 20k words of unrelated news).
 *
 * Per page:
 * - crosscheckMs: main-thread time Crosscheck's scripts spend in the page, the sum of their
 *   `crosscheck:work:*` measures: the small content script's (load, settings, start, precheck) and, on
 *   pages that get it, the full script's (full-load = evaluating it, setup, article root, text map,
 *   preparing the answer, highlight slices, report). Compiling a script before its first line runs is
 *   not measurable from inside it and is in neither.
 *   The matcher runs in the background service worker (another process) and is not in this figure.
 * - wallMs: the content script's `crosscheck` measure, from its start to its last highlight, matcher
 *   and messaging included.
 * - baselineMs: walking the same page's text nodes with a TreeWalker (reading each node's length), in the
 *   same page after Crosscheck finished; median of 7 samples, each averaging repeats over 20 ms.
 * - longTasks: long tasks (>50 ms, PerformanceObserver in the page) overlapping Crosscheck's window.
 * - heapKB: JSHeapUsedSize (CDP Performance.getMetrics, after a forced GC) of the page's renderer with
 *   the extension minus the same page in a browser without it. The isolate is shared by the page and
 *   the content script's isolated world, so this counts the content script's JS objects and wrappers;
 *   DOM nodes (marks) live in Blink's heap and are not in it.
 * - wrapFloorMs: reading the page's text once and wrapping exactly the runs Crosscheck wrapped in bare
 *   elements, in the same page after Crosscheck finished (scripts/lib/page-probes/wrap-floor.ts);
 *   ratioToWrapFloor = crosscheckMs / wrapFloorMs.
 *
 * Then, in the same run: the unrelated page against a four-line content script (unrelatedInterleaved),
 * a cold service worker (scripts/lib/bench-cold-start.ts) and what its start costs
 * (scripts/lib/bench-worker-start.ts), a 2,000-passage live blog, a page that grows every second
 * (scripts/lib/bench-growth.ts; `--growth-seconds=N`, default 60) and "My notes" with 10,000 notes
 * (scripts/lib/bench-notes.ts). The machine's load average is printed with the figures.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, PAGES_DIR, chromiumArgs, launchWithExtension } from '../tests/e2e/fixtures';
import { findPassages } from '../lib/match/find-passages';
import { bakuPackData } from '../lib/pack/load';
import { startStaticServer } from './static-server';
import { buildArticle } from './lib/bench-article';
import { measureColdStart } from './lib/bench-cold-start';
import { measureGrowth } from './lib/bench-growth';
import { measureNotes, seedNotes, type NotesFigures } from './lib/bench-notes';
import { benchPages, type BenchPage } from './lib/bench-pages';
import { machineLoad, ratioOf } from './lib/bench-stats';
import { REFERENCES, unrelatedAgainstReferences } from './lib/bench-references';
import { measureUnrelatedSplit } from './lib/bench-unrelated-split';
import { measureWorkerStart } from './lib/bench-worker-start';
import { printExtras, verdicts, type ExtraFigures } from './lib/bench-report-extras';
import { growingPage } from './lib/growing-page';
import { liveBlogPage } from './lib/live-blog-page';
import { probeScript } from './lib/page-probe';
import { heapUsed } from './lib/page-heap';
import { readSeeds } from './lib/seeds';

const json = process.argv.includes('--json');
const argValue = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
// Each page is loaded this many times and the median run (by crosscheckMs) reported: a single load
// on a shared 2-core machine can be several times slower than the next.
const RUNS = Math.max(1, Number(argValue('runs') ?? 7));
// `--only=unrelated` measures the pages (and the other sections: live-blog, growing, cold-start,
// notes) whose name contains it.
const ONLY = argValue('only');
const wanted = (name: string) => !ONLY || name.includes(ONLY);
// The growing page grows for this many seconds (the issue's minute by default).
const GROWTH_SECONDS = Math.max(2, Number(argValue('growth-seconds') ?? 60));
const NOTES = 10_000;

interface PageResult {
  name: string;
  words: number;
  crosscheckMs: number;
  baselineMs: number;
  ratio: number;
  longTasks: number;
  heapKB: number;
  wallMs: number;
  maxSliceMs: number;
  marks: number;
  longTasksInWindow: number;
  phases: Record<string, number>;
  /** Reading the page's text once and scanning it once (see measurePage). */
  floorMs: number;
  /** Fastest and slowest crosscheckMs over the runs. */
  spread: [number, number];
  /** Reading the text once and wrapping Crosscheck's runs in bare elements (see wrap-floor.ts). */
  wrapFloorMs: number;
  wrapRuns: number;
  /** Longest stretch of back-to-back work measures (gaps under 0.1 ms: one task, several phases). */
  longestRunMs: number;
  /** One forced full layout of the page, and the text map's visibility test over the article (layout-probe.ts). */
  layout: { fullLayoutMs: number; visibilityMs: number; elements: number; innerTextMs: number };
}

const round = (n: number, d = 2) => Number(n.toFixed(d));

interface ScriptSize {
  rawKB: number;
  gzipKB: number;
}

function sizeOf(files: string[]): ScriptSize {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { rawKB: round(raw / 1024, 1), gzipKB: round(gz / 1024, 1) };
}

/** The small content script every page gets (the manifest's content_scripts), and the full one injected when needed. */
function contentScriptSize(): { contentScript: ScriptSize; fullScript: ScriptSize } {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[]; css?: string[] }[] };
  const files = manifest.content_scripts.flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  return {
    contentScript: sizeOf(files.map((f) => path.join(EXTENSION_DIR, f))),
    fullScript: sizeOf([path.join(EXTENSION_DIR, 'crosscheck-page.js')]),
  };
}

// Installed before any page script: records long tasks for the whole page life.
const LONGTASK_OBSERVER = `
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/** Waits for the content script's own end measure (the page's main world can read it). */
async function waitForCrosscheck(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByType('measure').some((m) => m.name === 'crosscheck' || m.name === 'crosscheck:skip'), null, {
    timeout: 180_000,
    polling: 100,
  });
}

async function measurePage(context: BrowserContext, url: string, bp: Pick<BenchPage, 'name' | 'words'>): Promise<Omit<PageResult, 'heapKB' | 'spread'> & { heap: number }> {
  const page = await context.newPage();
  await page.addInitScript(LONGTASK_OBSERVER);
  await page.goto(url);
  await waitForCrosscheck(page);
  // Let buffered long tasks arrive.
  await page.waitForTimeout(300);
  const figures = await page.evaluate(() => {
    const measures = performance.getEntriesByType('measure');
    const whole = measures.find((m) => m.name === 'crosscheck' || m.name === 'crosscheck:skip')!;
    const work = measures.filter((m) => m.name.startsWith('crosscheck:work:'));
    const from = whole.startTime;
    const to = whole.startTime + whole.duration;
    const tasks = (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks;
    return {
      wallMs: whole.duration,
      crosscheckMs: work.reduce((s, m) => s + m.duration, 0),
      maxSliceMs: Math.max(0, ...work.map((m) => m.duration)),
      longestRunMs: work
        .map((m) => [m.startTime, m.startTime + m.duration] as const)
        .sort((a, b) => a[0] - b[0])
        .reduce<{ from: number; to: number; max: number }>(
          (acc, [a, b]) => (a - acc.to < 0.1 ? { ...acc, to: Math.max(acc.to, b) } : { from: a, to: b, max: Math.max(acc.max, acc.to - acc.from) }),
          { from: 0, to: 0, max: 0 },
        ),
      // A long task "caused by Crosscheck" is one that contains any of its work slices.
      longTasks: tasks.filter((t) => work.some((m) => m.startTime < t.start + t.duration && m.startTime + m.duration > t.start)).length,
      longTasksInWindow: tasks.filter((t) => t.start < to && t.start + t.duration > from).length,
      phases: work.reduce<Record<string, number>>((acc, m) => {
        const k = m.name.slice('crosscheck:work:'.length);
        acc[k] = (acc[k] ?? 0) + m.duration;
        return acc;
      }, {}),
      marks: new Set(Array.from(document.querySelectorAll('mark[data-crosscheck-id]'), (m) => m.getAttribute('data-crosscheck-id'))).size,
    };
  });
  // Timers in pages are coarsened (0.1 ms), so each sample repeats the work until it takes 20 ms.
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  // - baseline: the issue's TreeWalker over the text nodes, reading each one's length;
  // - floor: the least any matcher must do, reading the text once into a string and scanning it once
  //   with one case-insensitive pattern. Its ratio to the baseline bounds what "ratio" can reach.
  const [baselineMs, floorMs] = (await page.evaluate(`(() => {
    const walk = () => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let chars = 0;
      while (walker.nextNode()) chars += walker.currentNode.data.length;
      return chars;
    };
    const readAndScan = () => /\\bbaku\\b/i.test(document.body.textContent);
    const median = (work) => {
      const samples = [];
      for (let run = 0; run < 7; run++) {
        let n = 0;
        const t0 = performance.now();
        while (performance.now() - t0 < 20) { work(); n++; }
        samples.push((performance.now() - t0) / n);
      }
      return samples.sort((a, b) => a - b)[3];
    };
    return [median(walk), median(readAndScan)];
  })()`)) as [number, number];
  // The wrap floor, in the same page: Crosscheck's marks give the runs, a copy without them the text.
  let wrap = { ms: Number.NaN, runs: 0 };
  let layout = { fullLayoutMs: Number.NaN, visibilityMs: Number.NaN, elements: 0, innerTextMs: Number.NaN };
  if (figures.marks) {
    await page.evaluate(await probeScript('page-probes/wrap-floor.ts', '__ccWrapFloor'));
    const got = (await page.evaluate(`__ccWrapFloor.wrapFloor(document)`)) as typeof wrap & { sameText: boolean };
    // The copy must hold the page's text exactly, or the runs would wrap other text.
    if (!got.sameText) throw new Error(`${bp.name}: the copy without Crosscheck's marks does not have the page's text`);
    wrap = got;
    await page.evaluate(await probeScript('page-probes/layout-probe.ts', '__ccLayout'));
    layout = (await page.evaluate(`__ccLayout.layoutCosts(document)`)) as typeof layout;
  }
  const heap = await heapUsed(page);
  await page.close();
  const longest = figures.longestRunMs;
  return {
    name: bp.name,
    words: bp.words,
    ...figures,
    longestRunMs: Math.max(longest.max, longest.to - longest.from),
    baselineMs,
    ratio: figures.crosscheckMs / Math.max(baselineMs, 0.001),
    floorMs,
    heap,
    wrapFloorMs: wrap.ms,
    wrapRuns: wrap.runs,
    layout,
  };
}

async function heapWithout(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForTimeout(500);
  const heap = await heapUsed(page);
  await page.close();
  return heap;
}

/** Story sentences (as buildArticle cuts the seeds) that the matcher marks on their own. */
function markedSentences(seeds: string[]): string[] {
  const sentences = seeds.flatMap((t) => t.split(/(?<=[.”])\s+/)).filter((s) => s.split(' ').length > 6);
  return [...new Set(sentences)].filter((s) => findPassages(s, bakuPackData).length > 0);
}

async function main(): Promise<void> {
  const load = { start: machineLoad(), end: machineLoad() };
  const seeds = readSeeds();
  const pages = [...benchPages(seeds), liveBlogPage(markedSentences(seeds), 2000)];
  const story20k = pages.find((p) => p.name === 'story-20k')!;
  const growing = growingPage(seeds, { steps: GROWTH_SECONDS, wordsPerStep: 500, intervalMs: 1000 });
  const extra: Record<string, () => string> = { ...Object.fromEntries(pages.map((p) => [p.path, () => p.html])), [growing.path]: () => growing.html, '/bench/blank.html': () => '<!doctype html><title>blank</title>' };
  const server = await startStaticServer(PAGES_DIR, { extra });
  const dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs(),
    viewport: { width: 1200, height: 900 },
  });
  const plain = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs().filter((a) => !a.includes('extension')) });
  try {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    // Warm-up: the service worker loads the matcher on first use.
    await measurePage(context, server.url + pages[0]!.path, pages[0]!);
    const results: PageResult[] = [];
    for (const bp of pages.filter((p) => !ONLY || p.name.includes(ONLY))) {
      const url = server.url + bp.path;
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measurePage(context, url, bp));
      runs.sort((a, b) => a.crosscheckMs - b.crosscheckMs);
      const { heap, ...r } = runs[Math.floor(runs.length / 2)]!;
      const base = await heapWithout(plain, url);
      results.push({ ...r, heapKB: round((heap - base) / 1024, 0), spread: [runs[0]!.crosscheckMs, runs.at(-1)!.crosscheckMs] });
    }
    const unrelated = pages.find((p) => p.name.startsWith('unrelated'))!;
    const references = !ONLY || unrelated.name.includes(ONLY) ? await unrelatedAgainstReferences(context, server.url + unrelated.path, dir, Math.max(RUNS, 15)) : {};
    const extras: ExtraFigures = { unrelatedInterleaved: null, coldStart: null, growth: null, notes: null, load };
    if (references.Crosscheck !== undefined) {
      const minimal = references['the same first check, minimal']!;
      const split = await measureUnrelatedSplit(plain, server.url + unrelated.path, EXTENSION_DIR, REFERENCES['the same first check, minimal']!);
      extras.unrelatedInterleaved = { crosscheckMs: references.Crosscheck, minimalMs: minimal, ratio: ratioOf(references.Crosscheck, minimal), split };
    }
    if (wanted('cold-start')) {
      const extensionId = new URL(context.serviceWorkers()[0]!.url()).host;
      const cold = await measureColdStart(context, extensionId, server.url + story20k.path, 5);
      const workerStart = await measureWorkerStart(plain, `${server.url}/bench/blank.html`, EXTENSION_DIR, buildArticle(seeds), buildArticle(seeds, 20_000, 12));
      extras.coldStart = { ...cold, workerStart };
    }
    if (wanted('growing')) extras.growth = await measureGrowth(context, server.url + growing.path, growing, 1000, LONGTASK_OBSERVER);
    if (wanted('notes')) extras.notes = await withNotesProfiles(dir);
    load.end = machineLoad();
    report(results, contentScriptSize(), references, extras);
  } finally {
    await plain.close();
    await context.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Two more profiles with the extension: one holding NOTES notes, one with none (the baseline). */
async function withNotesProfiles(dir: string): Promise<NotesFigures> {
  await mkdir(path.join(dir, 'notes-full'));
  await mkdir(path.join(dir, 'notes-empty'));
  const full = await launchWithExtension(path.join(dir, 'notes-full'));
  const empty = await launchWithExtension(path.join(dir, 'notes-empty'));
  try {
    const added = await seedNotes(full, NOTES);
    if (added !== NOTES) throw new Error(`seeded ${added} notes, not ${NOTES}`);
    return await measureNotes(full, empty, NOTES);
  } finally {
    await full.close();
    await empty.close();
  }
}

function report(results: PageResult[], { contentScript, fullScript }: ReturnType<typeof contentScriptSize>, references: Record<string, number>, extras: ExtraFigures): void {
  const pages = results.map((r) => ({
    name: r.name,
    words: r.words,
    crosscheckMs: round(r.crosscheckMs),
    crosscheckMsRange: r.spread.map((v) => round(v)),
    baselineMs: round(r.baselineMs, 4),
    ratio: round(r.ratio, 1),
    floorMs: round(r.floorMs, 4),
    floorRatio: round(r.floorMs / Math.max(r.baselineMs, 0.001), 1),
    longTasks: r.longTasks,
    heapKB: r.heapKB,
    wallMs: round(r.wallMs, 1),
    maxSliceMs: round(r.maxSliceMs),
    passagesShown: r.marks,
    longTasksInWindow: r.longTasksInWindow,
    wrapFloorMs: Number.isFinite(r.wrapFloorMs) ? round(r.wrapFloorMs, 3) : null,
    ratioToWrapFloor: Number.isFinite(r.wrapFloorMs) ? ratioOf(r.crosscheckMs, r.wrapFloorMs, 1) : null,
    wrappedRuns: r.wrapRuns,
    longestRunMs: round(r.longestRunMs),
    crosscheckLongTask: r.longTasks > 0,
    textMapMs: round(r.phases['text-map'] ?? 0),
    fullLayoutMs: round(r.layout.fullLayoutMs),
    visibilityChecksMs: round(r.layout.visibilityMs),
    articleElements: r.layout.elements,
    innerTextMs: round(r.layout.innerTextMs),
    lightMs: round(r.phases.light ?? 0),
  }));
  if (json) {
    const { load, ...rest } = extras;
    process.stdout.write(JSON.stringify({ pages, contentScript, fullScript, unrelatedSameRun: references, ...rest, load, targets: verdicts(pages, extras, contentScript.gzipKB) }) + '\n');
    return;
  }
  const head = ['page', 'words', 'crosscheck ms', `range (${RUNS} runs)`, 'treewalker ms', 'ratio', 'read+scan ms', 'its ratio', 'long tasks', 'in window', 'heap KB', 'wall ms', 'max slice ms', 'passages'];
  const rows = pages.map((p) => [p.name, p.words, p.crosscheckMs, p.crosscheckMsRange.join('–'), p.baselineMs, p.ratio, p.floorMs, p.floorRatio, p.longTasks, p.longTasksInWindow, p.heapKB, p.wallMs, p.maxSliceMs, p.passagesShown].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log('\nmain-thread ms by phase:');
  for (const r of results) console.log(`  ${r.name}: ${Object.entries(r.phases).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
  if (Object.keys(references).length) {
    console.log('\nunrelated page, loads interleaved in one run (median ms of main-thread time):');
    for (const [name, ms] of Object.entries(references)) console.log(`  ${name.padEnd(32)} ${ms}`);
  }
  console.log(`\ncontent script, every page (the manifest's content_scripts): ${contentScript.rawKB} KB raw, ${contentScript.gzipKB} KB gzipped`);
  console.log(`full script, injected when needed (crosscheck-page.js): ${fullScript.rawKB} KB raw, ${fullScript.gzipKB} KB gzipped`);
  console.log(`Each page loaded ${RUNS} times; the table shows the median run (by crosscheck ms).`);
  console.log('crosscheck ms = main-thread time of the content script (its crosscheck:work:* measures); wall ms = start to last highlight, matcher in the background included.');
  console.log('read+scan = reading the text once (textContent) and scanning it once with one pattern: the least a matcher must do; its ratio to the TreeWalker bounds the ratio any matcher can reach.');
  console.log('long tasks = long tasks containing a Crosscheck work slice; in window = any long task between its start and its last highlight (page layout included).');
  printExtras(pages, extras, contentScript.gzipKB);
}

await main();
