/**
 * The wrap floor of `npm run bench`, run in the page's main world (bundled by scripts/lib/page-probe.ts):
 * the least a highlighter must do for the passages Crosscheck showed. Read the page's text once (a
 * TreeWalker over its text nodes), then wrap exactly the runs Crosscheck wrapped in bare elements (no
 * attributes, listeners or styles), one replaceChild per touched text node, as Crosscheck does.
 *
 * The runs are read from Crosscheck's marks (one run per mark element: the highlighter makes one per
 * passage and text node) as offsets into the page's text; the copy they are wrapped in is the page
 * with those marks taken out again.
 */
import { median } from '../median';

/** A run of text as offsets [start, end) into the concatenated text of a root's text nodes. */
export interface TextRun {
  start: number;
  end: number;
}

const CROSSCHECK_MARK = 'mark[data-crosscheck-id]';

/** The text nodes under `root` in document order, and where each starts in their concatenation. */
export function readText(root: Node): { nodes: Text[]; starts: number[]; length: number } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    nodes.push(node);
    starts.push(length);
    length += node.data.length;
  }
  return { nodes, starts, length };
}

/** One run per Crosscheck mark under `root` (nested marks give nested runs), sorted by start, longer first. */
export function markedRuns(root: Element): TextRun[] {
  const { nodes, starts } = readText(root);
  const startOf = new Map<Text, number>(nodes.map((n, i) => [n, starts[i]!]));
  const runs: TextRun[] = [];
  for (const mark of Array.from(root.querySelectorAll(CROSSCHECK_MARK))) {
    const inner = readText(mark);
    if (!inner.nodes.length) continue;
    const start = startOf.get(inner.nodes[0]!);
    if (start === undefined) continue;
    runs.push({ start, end: start + inner.length });
  }
  return runs.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A copy of `root` without Crosscheck's marks and UI hosts, its split text nodes joined again. */
export function pristineCopy(root: Element): Element {
  const copy = root.cloneNode(true) as Element;
  for (const host of Array.from(copy.querySelectorAll('[data-crosscheck-ui]'))) host.remove();
  for (const mark of Array.from(copy.querySelectorAll(CROSSCHECK_MARK)).reverse()) mark.replaceWith(...Array.from(mark.childNodes));
  copy.normalize();
  return copy;
}

/**
 * Reads `root`'s text once and wraps each run in a bare `tag` element. Runs must be sorted (start, then
 * longer first) and each must lie inside one text node; nested runs nest. Returns the elements made.
 */
export function wrapRuns(root: Element, runs: readonly TextRun[], tag = 'mark'): number {
  const doc = root.ownerDocument;
  const { nodes, starts } = readText(root);
  let made = 0;
  let n = 0;
  for (let r = 0; r < runs.length; ) {
    while (n + 1 < nodes.length && starts[n + 1]! <= runs[r]!.start) n++;
    const node = nodes[n]!;
    const base = starts[n]!;
    const end = base + node.data.length;
    // The runs inside this node.
    let last = r;
    while (last < runs.length && runs[last]!.start < end) last++;
    if (last === r) {
      r++;
      continue;
    }
    const data = node.data;
    const fragment = doc.createDocumentFragment();
    const stack: Array<{ el: Node; end: number }> = [{ el: fragment, end: Number.POSITIVE_INFINITY }];
    let pos = 0;
    const emit = (to: number) => {
      if (to > pos) stack[stack.length - 1]!.el.appendChild(doc.createTextNode(data.slice(pos, to)));
      pos = Math.max(pos, to);
    };
    // The innermost open element gets its text up to its end, then closes.
    const close = () => {
      emit(stack[stack.length - 1]!.end);
      stack.pop();
    };
    for (let i = r; i < last; i++) {
      const from = Math.max(0, runs[i]!.start - base);
      const to = Math.min(data.length, runs[i]!.end - base);
      while (stack.length > 1 && stack[stack.length - 1]!.end <= from) close();
      emit(from);
      const el = doc.createElement(tag);
      stack[stack.length - 1]!.el.appendChild(el);
      stack.push({ el, end: Math.min(to, stack[stack.length - 1]!.end) });
      made++;
    }
    while (stack.length > 1) close();
    emit(data.length);
    node.parentNode!.replaceChild(fragment, node);
    r = last;
  }
  return made;
}

/**
 * Median of `samples` timings of `work` on a fresh copy each time. Page timers are coarse (0.1 ms), so
 * each sample adds up repeats (only the work is timed, not making the copy) until they reach `minMs`.
 */
export function medianWork(fresh: () => Element, work: (copy: Element) => void, samples = 7, minMs = 20): number {
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    let total = 0;
    let n = 0;
    while (total < minMs) {
      const copy = fresh();
      const t0 = performance.now();
      work(copy);
      total += performance.now() - t0;
      n++;
    }
    times.push(total / n);
  }
  return median(times);
}

/**
 * The wrap floor for the page as it is now (after Crosscheck finished), in ms. The copies are wrapped
 * inside a shadow root in the document: connected, as the page's text is, yet out of reach of
 * Crosscheck's mutation watcher, which would otherwise check them.
 */
export function wrapFloor(doc: Document): { ms: number; runs: number; wrapped: number; sameText: boolean } {
  const runs = markedRuns(doc.body);
  // The body's children in a <div>: a second <body> would be an odd element to lay out.
  const pristine = doc.createElement('div');
  pristine.append(...Array.from(pristineCopy(doc.body).childNodes));
  const host = doc.createElement('div');
  doc.documentElement.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  let wrapped = 0;
  try {
    const sameText = readText(pristine).length === readText(doc.body).length;
    const ms = medianWork(
      () => {
        shadow.replaceChildren(pristine.cloneNode(true));
        return shadow.firstElementChild!;
      },
      (copy) => (wrapped = wrapRuns(copy, runs)),
    );
    return { ms, runs: runs.length, wrapped, sameText };
  } finally {
    host.remove();
  }
}
