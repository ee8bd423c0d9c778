/**
 * The growing page (scripts/lib/growing-page.ts) for `npm run bench`: after Crosscheck's first check,
 * the page adds a section every second; each re-check's main-thread time is the sum of the
 * `crosscheck:recheck:*` measures inside its `crosscheck:recheck` span (bench builds record both).
 * The watcher checks at most 12 times a minute (lib/dom/watch-changes.ts), so later re-checks take
 * several steps at once: each is reported with the steps and words it covered.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { round } from './bench-stats';
import type { GrowingPage } from './growing-page';
import { heapUsed } from './page-heap';

export interface Recheck {
  /** When it started, ms after the first growth step. */
  atMs: number;
  ms: number;
  steps: number;
  words: number;
  msPer1kWords: number;
  maxSliceMs: number;
}

export interface Growth {
  steps: number;
  wordsPerStep: number;
  intervalMs: number;
  rechecks: Recheck[];
  firstMsPer1kWords: number;
  lastMsPer1kWords: number;
  /** Long tasks (>50 ms) containing a re-check slice, and any long task while the page grew. */
  longTasks: number;
  longTasksInWindow: number;
  heapKB: { before: number; end: number; after10s: number };
  passagesShown: number;
}

interface Timeline {
  grows: number[];
  spans: Array<{ start: number; end: number }>;
  work: Array<{ start: number; end: number }>;
  tasks: Array<{ start: number; duration: number }>;
  marks: number;
}

// A string, not a function: tsx would name the inner arrow through a helper the page lacks.
const readTimeline = async (page: Page): Promise<Timeline> =>
  (await page.evaluate(`(() => {
    const grows = performance.getEntriesByType('mark').filter((m) => /^grow:\\d+$/.test(m.name)).map((m) => m.startTime);
    const measures = performance.getEntriesByType('measure');
    const span = (m) => ({ start: m.startTime, end: m.startTime + m.duration });
    return {
      grows,
      spans: measures.filter((m) => m.name === 'crosscheck:recheck').map(span),
      work: measures.filter((m) => m.name.startsWith('crosscheck:recheck:')).map(span),
      tasks: window.__longtasks,
      marks: new Set(Array.from(document.querySelectorAll('mark[data-crosscheck-id]'), (m) => m.getAttribute('data-crosscheck-id'))).size,
    };
  })()`)) as Timeline;

/** Per re-check span: its work, and the steps appended since the span before it started. */
export function rechecksOf(t: Pick<Timeline, 'grows' | 'spans' | 'work'>, stepWords: readonly number[]): Recheck[] {
  const origin = t.grows[0] ?? 0;
  let covered = 0;
  return t.spans
    .sort((a, b) => a.start - b.start)
    .map((s) => {
      const inside = t.work.filter((w) => w.start >= s.start && w.end <= s.end + 0.5);
      const ms = inside.reduce((sum, w) => sum + (w.end - w.start), 0);
      const upTo = t.grows.filter((g) => g <= s.start).length;
      const steps = Math.max(0, upTo - covered);
      const words = stepWords.slice(covered, covered + steps).reduce((a, b) => a + b, 0);
      covered = Math.max(covered, upTo);
      return {
        atMs: round(s.start - origin, 0),
        ms: round(ms),
        steps,
        words,
        msPer1kWords: words ? round((ms * 1000) / words) : 0,
        maxSliceMs: round(Math.max(0, ...inside.map((w) => w.end - w.start))),
      };
    })
    .filter((r) => r.steps > 0);
}

export async function measureGrowth(context: BrowserContext, url: string, gp: GrowingPage, intervalMs: number, initScript: string): Promise<Growth> {
  const page = await context.newPage();
  try {
    await page.addInitScript(initScript);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('crosscheck', 'measure').length > 0, null, { timeout: 120_000, polling: 100 });
    await page.waitForTimeout(500);
    const before = await heapUsed(page);
    await page.evaluate('window.__startGrowth()');
    await page.waitForFunction(() => performance.getEntriesByName('grow:done').length > 0, null, { timeout: gp.stepWords.length * intervalMs + 60_000, polling: 200 });
    const end = await heapUsed(page);
    await page.waitForTimeout(10_000);
    const after10s = await heapUsed(page);
    // The last steps may wait for the watcher's per-minute allowance: wait until every step is checked.
    const deadline = Date.now() + 75_000;
    let t = await readTimeline(page);
    while (Date.now() < deadline && rechecksOf(t, gp.stepWords).reduce((s, r) => s + r.steps, 0) < gp.stepWords.length) {
      await page.waitForTimeout(1000);
      t = await readTimeline(page);
    }
    await page.waitForTimeout(1000);
    t = await readTimeline(page);
    const rechecks = rechecksOf(t, gp.stepWords);
    const from = t.grows[0] ?? 0;
    const to = Math.max(...t.spans.map((s) => s.end), t.grows.at(-1) ?? 0);
    const overlaps = (task: { start: number; duration: number }, w: { start: number; end: number }) => w.start < task.start + task.duration && w.end > task.start;
    return {
      steps: gp.stepWords.length,
      wordsPerStep: Math.round(gp.stepWords.reduce((a, b) => a + b, 0) / gp.stepWords.length),
      intervalMs,
      rechecks,
      firstMsPer1kWords: rechecks[0]?.msPer1kWords ?? Number.NaN,
      lastMsPer1kWords: rechecks.at(-1)?.msPer1kWords ?? Number.NaN,
      longTasks: t.tasks.filter((task) => t.work.some((w) => overlaps(task, w))).length,
      longTasksInWindow: t.tasks.filter((task) => task.start < to && task.start + task.duration > from).length,
      heapKB: { before: round(before / 1024, 0), end: round(end / 1024, 0), after10s: round(after10s / 1024, 0) },
      passagesShown: t.marks,
    };
  } finally {
    await page.close();
  }
}
