/**
 * How `npm run bench` prints the figures of issue 13 (wrap floor, unrelated page interleaved, cold
 * start, scale, notes) and the verdict against each target. Every figure beside its baseline of the
 * same run, and the machine's load.
 */
import { formatRatio } from './bench-stats';
import type { ColdStart } from './bench-cold-start';
import type { Growth } from './bench-growth';
import type { NotesFigures } from './bench-notes';
import type { UnrelatedSplit } from './bench-unrelated-split';
import type { WorkerStart } from './bench-worker-start';

export interface PageFigures {
  name: string;
  crosscheckMs: number;
  wrapFloorMs: number | null;
  ratioToWrapFloor: number | null;
  maxSliceMs: number;
  longestRunMs: number;
  crosscheckLongTask: boolean;
  passagesShown: number;
  wallMs: number;
  textMapMs?: number;
  fullLayoutMs?: number;
  visibilityChecksMs?: number;
  articleElements?: number;
  innerTextMs?: number;
  lightMs?: number;
}

export interface ExtraFigures {
  unrelatedInterleaved: { crosscheckMs: number; minimalMs: number; ratio: number | null; split?: UnrelatedSplit } | null;
  coldStart: (ColdStart & { workerStart: WorkerStart }) | null;
  growth: Growth | null;
  notes: NotesFigures | null;
  load: { start: [number, number, number]; end: [number, number, number] };
}

export interface Verdict {
  target: string;
  figure: string;
  met: boolean;
}

/** Each target of the issue, the figure it was judged on, and whether it was met. */
export function verdicts(pages: readonly PageFigures[], x: ExtraFigures, lightGzipKB: number): Verdict[] {
  const out: Verdict[] = [];
  for (const p of pages.filter((p) => p.wrapFloorMs !== null)) {
    out.push({ target: `${p.name}: crosscheck ms ≤ 2× wrap floor`, figure: `${p.crosscheckMs} / ${p.wrapFloorMs} = ${formatRatio(p.ratioToWrapFloor)}`, met: p.ratioToWrapFloor !== null && p.ratioToWrapFloor <= 2 });
    out.push({ target: `${p.name}: longest slice < 16 ms`, figure: `${p.longestRunMs} ms (largest single measure ${p.maxSliceMs})`, met: p.longestRunMs < 16 });
    out.push({ target: `${p.name}: no long task caused by Crosscheck`, figure: p.crosscheckLongTask ? 'some' : 'none', met: !p.crosscheckLongTask });
  }
  if (x.unrelatedInterleaved) {
    const u = x.unrelatedInterleaved;
    out.push({ target: 'unrelated-20k: Crosscheck ≤ 1.2× the four-line minimal script', figure: `${u.crosscheckMs} / ${u.minimalMs} = ${formatRatio(u.ratio)}`, met: u.ratio !== null && u.ratio <= 1.2 });
  }
  if (x.coldStart) {
    const c = x.coldStart;
    out.push({ target: 'cold start: wall time to the last highlight ≤ 1.5× warm', figure: `${c.coldWallMs} / ${c.warmWallMs} = ${formatRatio(c.ratio)}`, met: c.ratio !== null && c.ratio <= 1.5 });
  }
  if (x.growth) {
    const g = x.growth;
    out.push({ target: 'growing page: no long task caused by a re-check', figure: `${g.longTasks}`, met: g.longTasks === 0 });
    out.push({
      target: 'growing page: re-check cost proportional to new text (last ms/1k words within 2× the first)',
      figure: `${g.firstMsPer1kWords} → ${g.lastMsPer1kWords} ms per 1k words`,
      met: g.lastMsPer1kWords <= 2 * g.firstMsPer1kWords,
    });
  }
  if (x.notes) {
    out.push({ target: `My notes with ${x.notes.notes} notes opens in < 100 ms`, figure: `${x.notes.openMs} ms`, met: x.notes.openMs < 100 });
    out.push({ target: `My notes with ${x.notes.notes} notes searches in < 100 ms`, figure: `${x.notes.searchMs} ms`, met: x.notes.searchMs < 100 });
  }
  out.push({ target: 'light content script ≤ 5 KB gzipped', figure: `${lightGzipKB} KB`, met: lightGzipKB <= 5 });
  return out;
}

export function printExtras(pages: readonly PageFigures[], x: ExtraFigures, lightGzipKB: number): void {
  console.log(`\nmachine load average (1, 5, 15 min): at start ${x.load.start.join(', ')}; at end ${x.load.end.join(', ')}`);
  console.log('\nwrap floor (same page, same run: read the text once, wrap Crosscheck\'s runs in bare elements):');
  for (const p of pages) {
    if (p.wrapFloorMs === null) continue;
    console.log(
      `  ${p.name.padEnd(15)} crosscheck ${String(p.crosscheckMs).padStart(7)} ms  wrap floor ${String(p.wrapFloorMs).padStart(7)} ms  ratio ${formatRatio(p.ratioToWrapFloor).padStart(7)}  longest slice ${p.longestRunMs} ms  Crosscheck long task: ${p.crosscheckLongTask ? 'yes' : 'no'}`,
    );
    console.log(`  ${''.padEnd(15)} its light phase ${p.lightMs} ms (the body's innerText, layout clean: ${p.innerTextMs} ms); its text map ${p.textMapMs} ms; this page's full layout ${p.fullLayoutMs} ms, visibility test over its ${p.articleElements} article elements ${p.visibilityChecksMs} ms (layout clean)`);
  }
  if (x.unrelatedInterleaved) {
    const u = x.unrelatedInterleaved;
    console.log(`\nunrelatedInterleaved: Crosscheck ${u.crosscheckMs} ms, minimal four-line script ${u.minimalMs} ms, ratio ${formatRatio(u.ratio)}`);
    if (u.split) {
      const t = u.split;
      console.log(`  in a browser without the extension, as inline scripts on that page (interleaved): crosscheck-light.js ${t.lightScriptMs} ms, the minimal script ${t.minimalScriptMs} ms`);
      console.log(`  the pre-check alone (textContent + baked pre-check) ${t.precheckMs} ms, the minimal pattern alone (textContent + one pattern) ${t.minimalPatternMs} ms`);
    }
  }
  if (x.coldStart) {
    const c = x.coldStart;
    const w = c.workerStart;
    console.log(`\ncold start (story-20k, navigation to last highlight, ${c.runs} loads each, interleaved; ${c.stopsVerified}/${c.runs} stops verified):`);
    console.log(`  warm ${c.warmWallMs} ms (${c.warmRangeMs.join('–')}), cold ${c.coldWallMs} ms (${c.coldRangeMs.join('–')}), ratio ${formatRatio(c.ratio)}`);
    console.log(`  evaluating in a fresh dedicated worker (minus an empty worker, ${w.emptyWorkerMs} ms), median ms:`);
    for (const [k, v] of Object.entries(w.evaluateMs)) console.log(`    ${k.padEnd(36)} ${String(v).padStart(7)}   (${(w.bytes[k]! / 1024 / 1024).toFixed(2)} MB)`);
    if (w.backgroundError) console.log(`    (the stubbed background stopped at: ${w.backgroundError})`);
    console.log(`  the matcher on story-20k's text in a fresh page: first call ${w.firstMatchMs} ms, second ${w.secondMatchMs} ms`);
    const s = w.sentences;
    console.log(`  sentences of the ${s.words}-word bench article: wink (no longer bundled) ${s.winkMs} ms, the matcher's Intl.Segmenter splitter ${s.segmenterMs} ms; ${s.both} of wink's ${s.a} found alike (${s.b})`);
    for (const t of s.onlyA) console.log(`    wink only: ${t}`);
    for (const t of s.onlyB) console.log(`    Segmenter only: ${t}`);
  }
  if (x.growth) {
    const g = x.growth;
    console.log(`\ngrowing page (${g.steps} steps of ${g.wordsPerStep} words, every ${g.intervalMs} ms): ${g.rechecks.length} re-checks, ${g.passagesShown} passages at the end`);
    for (const r of g.rechecks) console.log(`  at ${String(r.atMs).padStart(6)} ms: ${String(r.steps).padStart(2)} steps, ${String(r.words).padStart(5)} words, ${String(r.ms).padStart(7)} ms (${r.msPer1kWords} ms per 1k words), largest slice ${r.maxSliceMs} ms`);
    console.log(`  ms per 1k new words, first re-check ${g.firstMsPer1kWords}, last ${g.lastMsPer1kWords}; long tasks with a re-check slice ${g.longTasks}, any while growing ${g.longTasksInWindow}`);
    console.log(`  heap KB: before growth ${g.heapKB.before}, at end ${g.heapKB.end}, 10 s after ${g.heapKB.after10s}`);
  }
  if (x.notes) {
    const n = x.notes;
    console.log(`\nMy notes, ${n.notes} notes (baseline: a profile with none, interleaved):`);
    console.log(`  open tab → list of ${n.listed}: ${n.openMs} ms (empty ${n.emptyOpenMs} ms, ${formatRatio(n.openRatio)})`);
    console.log(`  search → ${n.found} notes: ${n.searchMs} ms (empty ${n.emptySearchMs} ms, ${formatRatio(n.searchRatio)})`);
    console.log(`  first open after the notes were written (the background has read none of them yet): ${n.firstOpenMs} ms`);
    console.log(`  notes.search message alone (a page of 50, as the popup asks): all ${n.searchAllMessageMs} ms, the search word ${n.searchWordMessageMs} ms`);
  }
  console.log('\ntargets:');
  for (const v of verdicts(pages, x, lightGzipKB)) console.log(`  ${v.met ? 'met    ' : 'NOT MET'}  ${v.target}: ${v.figure}`);
}
