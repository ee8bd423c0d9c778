/**
 * Tells the content script when the page has added text worth checking.
 *
 * Mutations Crosscheck causes itself (marks, UI, text pieces the highlighter
 * creates, and the page nodes it puts back on destroy) are ignored, so a
 * callback that highlights cannot trigger itself. Changes are coalesced:
 * the callback gets the top-most added nodes still attached to `root`.
 *
 * Three limits keep a busy page (one that rebuilds its body every 300 ms)
 * from flooding the matcher while still getting checked:
 * - `debounceMs`: wait for a quiet moment;
 * - `maxWaitMs`: but never wait longer than this after the first change;
 * - `maxChecksPerMinute`: at most this many callbacks in any 60 s window;
 *   further changes are kept and delivered when the window allows.
 */
import { isCrosscheckNode, isOwnNode, takeRestored } from './own-nodes';

export interface WatchOptions {
  /** Quiet time before reporting. Default 500 ms. */
  debounceMs?: number;
  /** Longest delay after the first unreported change. Default 2000 ms. */
  maxWaitMs?: number;
  /** Cap on callbacks per sliding minute. Default 12. */
  maxChecksPerMinute?: number;
  /** Aborting stops the watcher and drops pending changes. */
  signal?: AbortSignal;
  /**
   * Runs each batch of mutation records through this, so the caller can time the watcher's own
   * work (it runs after every highlight slice too, sorting out our mutations from the page's).
   */
  wrap?: (work: () => void) => void;
}

export interface TextWatcher {
  /** Stops observing; same as aborting the signal. */
  destroy(): void;
}

// Elements whose content is never article text.
const IGNORED_TAGS = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'title']);

/**
 * Observes `root` (childList + characterData, subtree) and calls `onChange`
 * with the nodes that were added or whose text changed.
 */
export function watchForNewText(
  root: Node,
  onChange: (addedRoots: Node[]) => void,
  opts: WatchOptions = {},
): TextWatcher {
  const { debounceMs = 500, maxWaitMs = 2000, maxChecksPerMinute = 12, signal, wrap = (work) => work() } = opts;
  const noop: TextWatcher = { destroy() {} };
  if (signal?.aborted) return noop;
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  const Observer = view?.MutationObserver ?? globalThis.MutationObserver;

  let pending = new Set<Node>();
  let firstPendingAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const checkTimes: number[] = [];
  let stopped = false;

  const consider = (node: Node) => {
    if (isCrosscheckNode(node)) return;
    if (node.nodeType === 3) {
      if (!/\S/.test((node as Text).data)) return;
      const parent = node.parentElement;
      if (parent && IGNORED_TAGS.has(parent.localName)) return;
    } else if (node.nodeType === 1) {
      if (IGNORED_TAGS.has((node as Element).localName)) return;
    } else {
      return;
    }
    pending.add(node);
  };

  const observer = new Observer((records) =>
    wrap(() => {
      for (const record of records) {
        if (record.type === 'characterData') {
          if (!isCrosscheckNode(record.target)) consider(record.target);
          continue;
        }
        // Our highlighting adds only nodes we made: a set lookup each settles it, before any DOM walk.
        const added = record.addedNodes;
        let targetIsOurs: boolean | null = null;
        for (let i = 0; i < added.length; i++) {
          const node = added[i]!;
          if (isOwnNode(node)) continue;
          if ((targetIsOurs ??= isCrosscheckNode(record.target))) break;
          if (!takeRestored(node)) consider(node);
        }
      }
      if (pending.size > 0) schedule();
    }),
  );

  const schedule = () => {
    const now = Date.now();
    if (firstPendingAt === 0) firstPendingAt = now;
    let at = Math.min(now + debounceMs, firstPendingAt + maxWaitMs);
    while (checkTimes.length > 0 && checkTimes[0]! <= now - 60_000) checkTimes.shift();
    if (checkTimes.length >= maxChecksPerMinute) at = Math.max(at, checkTimes[0]! + 60_000);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, at - now));
  };

  const flush = () => {
    timer = undefined;
    if (stopped) return;
    const now = Date.now();
    while (checkTimes.length > 0 && checkTimes[0]! <= now - 60_000) checkTimes.shift();
    if (checkTimes.length >= maxChecksPerMinute) {
      schedule();
      return;
    }
    const nodes = topMostAttached(root, pending);
    pending = new Set();
    firstPendingAt = 0;
    if (nodes.length === 0) return;
    checkTimes.push(now);
    try {
      onChange(nodes);
    } catch (error) {
      console.error('crosscheck: text watcher callback failed', error);
    }
  };

  const destroy = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    pending.clear();
    signal?.removeEventListener('abort', destroy);
  };

  observer.observe(root, { childList: true, characterData: true, subtree: true });
  signal?.addEventListener('abort', destroy, { once: true });
  return { destroy };
}

/** Nodes still inside `root` and not inside another of `nodes`, in insertion order. */
function topMostAttached(root: Node, nodes: Set<Node>): Node[] {
  const result: Node[] = [];
  for (const node of nodes) {
    let attached = false;
    let covered = false;
    for (let p = node.parentNode; p; p = p.parentNode) {
      if (nodes.has(p)) covered = true;
      if (p === root) {
        attached = true;
        break;
      }
    }
    // Checked late: an element added empty may have been filled since.
    if (attached && !covered && !isCrosscheckNode(node) && /\S/.test(node.textContent ?? '')) result.push(node);
  }
  return result;
}
