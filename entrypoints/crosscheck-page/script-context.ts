/**
 * The full content script's lifetime: valid until the extension is reloaded or removed (its runtime
 * then has no id) or a newer copy of the script takes over in this page.
 *
 * Why not WXT's ContentScriptContext: it learns of a newer copy from a DOM `CustomEvent` whose name is
 * made of the extension id (public for a store build) and the script's name, so any page could
 * dispatch it and switch Crosscheck off. Here a newer copy stops the older one directly, through the
 * isolated world's global that only the extension's scripts share (see handover.ts); nothing a page
 * can send reaches it.
 */
export interface ScriptContext {
  /** Told apart from another copy's (tests read it in the isolated world). */
  readonly id: string;
  /** Aborted when the context ends. */
  readonly signal: AbortSignal;
  /** False once the extension was reloaded or removed, or a newer copy took over; ends the context then. */
  readonly isValid: boolean;
  /** Runs `cb` when the context ends; returns its removal. */
  onInvalidated(cb: () => void): () => void;
  /** Ends the context (a newer copy taking over). */
  invalidate(reason: string): void;
}

/** A context that ends when `alive()` turns false (checked whenever `isValid` is read) or on `invalidate`. */
export function createScriptContext(alive: () => boolean): ScriptContext {
  const controller = new AbortController();
  const invalidate = (reason: string) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  return {
    id: Math.random().toString(36).slice(2),
    signal: controller.signal,
    get isValid() {
      if (!controller.signal.aborted && !alive()) invalidate('the extension was reloaded or removed');
      return !controller.signal.aborted;
    },
    onInvalidated(cb) {
      controller.signal.addEventListener('abort', cb, { once: true });
      return () => controller.signal.removeEventListener('abort', cb);
    },
    invalidate,
  };
}

/** True while this script's extension runtime is alive (an orphaned script's runtime has no id). */
export function runtimeAlive(): boolean {
  try {
    const g = globalThis as unknown as { chrome?: { runtime?: { id?: string } }; browser?: { runtime?: { id?: string } } };
    return !!(g.browser?.runtime?.id ?? g.chrome?.runtime?.id);
  } catch {
    return false;
  }
}
