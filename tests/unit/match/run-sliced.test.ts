import { describe, expect, it } from 'vitest';
import { bakuPackData } from '../../../lib/pack/load';
import { findPassagesAll, passageStepsAll, runToEnd } from '../../../lib/match/find-passages';
import { JobCancelled, createJobs, runSliced } from '../../../lib/match/run-sliced';
import { readSeeds } from '../../../scripts/lib/seeds';

/** A clock that moves `stepMs` every time it is read, so slices end after a known number of steps. */
const tickingClock = (stepMs: number) => {
  let t = 0;
  return () => (t += stepMs);
};

describe('the engine in steps', () => {
  const seed = readSeeds()[1]!;

  it('gives the same passages sliced as run to the end', async () => {
    let pauses = 0;
    const sliced = await runSliced(passageStepsAll(seed, [bakuPackData]), { sliceMs: 2, now: tickingClock(1), pause: async () => void pauses++ });
    expect(sliced).toEqual(findPassagesAll(seed, [bakuPackData]));
    expect(sliced.length).toBeGreaterThan(0);
    // A seed article has dozens of sentences: the work was split into many slices.
    expect(pauses).toBeGreaterThan(10);
  });

  it('reads one endless paragraph in many steps: no single call holds the thread for all of it', () => {
    const flood = Array.from({ length: 3_000 }, (_, i) => ['Baku.', 'Syria.', 'Israel.', 'Sharaa.'][i % 4]).join(' ');
    let steps = 0;
    const gen = passageStepsAll(flood, [bakuPackData]);
    for (let r = gen.next(); !r.done; r = gen.next()) steps++;
    expect(steps).toBeGreaterThan(3_000 / 100);
    expect(runToEnd(passageStepsAll(flood, [bakuPackData]))).toEqual(findPassagesAll(flood, [bakuPackData]));
  });

  it('stops a cancelled job between slices with JobCancelled', async () => {
    let cancelled = false;
    const run = runSliced(passageStepsAll(seed, [bakuPackData]), {
      sliceMs: 1,
      now: tickingClock(1),
      pause: async () => void (cancelled = true),
      cancelled: () => cancelled,
    });
    await expect(run).rejects.toBeInstanceOf(JobCancelled);
  });
});

describe('the jobs a page may stop', () => {
  it('a page stops its own job, and no other page’s of the same id', () => {
    const jobs = createJobs();
    const mine = jobs.start('tab 1:0', 'a');
    const theirs = jobs.start('tab 2:0', 'a');
    expect(jobs.cancel('tab 3:0', 'a')).toBe(false);
    expect(jobs.cancel('tab 1:0', 'a')).toBe(true);
    expect(mine.cancelled()).toBe(true);
    expect(theirs.cancelled()).toBe(false);
  });

  it('forgets a job once done, so a late cancel finds nothing', () => {
    const jobs = createJobs();
    const job = jobs.start('tab 1:0', 'b');
    job.done();
    expect(jobs.cancel('tab 1:0', 'b')).toBe(false);
    expect(jobs.size()).toBe(0);
  });
});
