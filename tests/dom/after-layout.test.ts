import { describe, expect, it } from 'vitest';
import { afterLayout } from '../../lib/dom/after-layout';

/** A window whose frames and timers the test runs by hand. */
function fakeWindow() {
  const frames: Array<() => void> = [];
  const timers: Array<{ at: number; fn: () => void }> = [];
  return {
    win: {
      requestAnimationFrame: (fn: FrameRequestCallback) => (frames.push(() => fn(0)), frames.length),
      setTimeout: (fn: () => void, ms = 0) => (timers.push({ at: ms, fn }), timers.length),
    } as unknown as Pick<Window, 'requestAnimationFrame' | 'setTimeout'>,
    frame: () => frames.splice(0).forEach((f) => f()),
    /** Runs the timers due by `ms`, in order. */
    timersUpTo: (ms: number) => {
      for (const t of timers.filter((t) => t.at <= ms).sort((a, b) => a.at - b.at)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
    },
  };
}

describe('afterLayout: the second look waits for the browser’s own layout', () => {
  it('runs after the next frame and a task, not in the frame nor before it', () => {
    const w = fakeWindow();
    let runs = 0;
    afterLayout(() => runs++, w.win, 100);
    w.timersUpTo(0);
    expect(runs).toBe(0);
    w.frame();
    expect(runs).toBe(0);
    w.timersUpTo(0);
    expect(runs).toBe(1);
    w.timersUpTo(100);
    expect(runs).toBe(1);
  });

  it('runs once after the fallback in a tab that gets no frames', () => {
    const w = fakeWindow();
    let runs = 0;
    afterLayout(() => runs++, w.win, 100);
    w.timersUpTo(100);
    expect(runs).toBe(1);
    w.frame();
    w.timersUpTo(100);
    expect(runs).toBe(1);
  });
});
