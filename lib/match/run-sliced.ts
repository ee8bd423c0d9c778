/**
 * Runs the engine's steps (see passageSteps) in time slices, so the one thread that holds the
 * matcher keeps answering every tab while a long page is read: between slices the event loop takes
 * other messages. A job can be dropped between slices when the page no longer needs it.
 */

/** Thrown by {@link runSliced} for a job that was cancelled; the page asked for it to stop. */
export class JobCancelled extends Error {
  constructor() {
    super('The check was stopped because the page changed.');
    this.name = 'JobCancelled';
  }
}

export interface SliceOptions {
  /** Longest stretch of steps before pausing. */
  sliceMs: number;
  /** Resolves when other work has had its turn (a macrotask: setTimeout, not a microtask). */
  pause: () => Promise<void>;
  now?: () => number;
  /** Checked between slices. */
  cancelled?: () => boolean;
}

/** The steps' result, run `sliceMs` at a time; rejects with {@link JobCancelled} once `cancelled()` says so. */
export async function runSliced<T>(steps: Generator<void, T>, { sliceMs, pause, now = () => performance.now(), cancelled = () => false }: SliceOptions): Promise<T> {
  for (;;) {
    if (cancelled()) {
      steps.return(undefined as T);
      throw new JobCancelled();
    }
    const until = now() + sliceMs;
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (now() >= until) break;
    }
    await pause();
  }
}

/**
 * The jobs under way, each under its sender's key (tab and frame) and the page's own id for it, so
 * a page can stop its own checks and no other page's.
 */
export function createJobs() {
  const live = new Map<string, { cancelled: boolean }>();
  const keyOf = (owner: string, job: string) => `${owner}\u0000${job}`;
  return {
    /** Starts tracking a job; `done` must be called when it ends, whatever the outcome. */
    start(owner: string, job: string | undefined) {
      const state = { cancelled: false };
      const key = job === undefined ? null : keyOf(owner, job);
      if (key) live.set(key, state);
      return { cancelled: () => state.cancelled, done: () => key && live.get(key) === state && live.delete(key) };
    },
    /** Stops the job if it is still running; true if there was one. */
    cancel(owner: string, job: string): boolean {
      const state = live.get(keyOf(owner, job));
      if (!state) return false;
      state.cancelled = true;
      return true;
    },
    size: () => live.size,
  };
}
