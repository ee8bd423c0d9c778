/**
 * The one module that changes the page: wraps passages of a {@link TextMap} in
 * `<crosscheck-mark>` elements and takes them out again.
 *
 * Page text nodes are never edited or moved. Each text node that a passage
 * touches is swapped (one replaceChild) for new nodes we own — plain text
 * pieces and marks holding text pieces — and destroy() swaps the original node
 * back. That restores innerHTML and the page's node identities exactly, which
 * normalize() would not: frameworks such as React keep references to their
 * text nodes, and render adjacent text nodes (`Hi {name}`) that normalize()
 * would merge.
 *
 * Overlapping passages nest: the text is cut at every passage boundary and each
 * piece is wrapped once per passage covering it, the passage that starts first
 * (then the longer one) outermost. Whitespace-only pieces are left unwrapped,
 * so no inline element is put between table rows or list items.
 */
import { MARK_TAG, isCrosscheckNode, markOwn, markRestored } from './own-nodes';
import type { TextMap, TextSegment } from './text-map';

export { isCrosscheckNode, MARK_TAG };

/** One passage to highlight, as offsets into `textMap.text`. */
export interface HighlightItem {
  start: number;
  end: number;
  /**
   * Set on the passage's marks. `data-*` (e.g. `data-crosscheck-status`,
   * `data-crosscheck-claim`, `data-crosscheck-id`) and `title` go on every
   * mark; `role`, `aria-*` and `tabindex` only on the first, so a passage is
   * one tab stop and one announcement.
   */
  attrs?: Record<string, string>;
  className?: string;
}

export interface Highlights {
  /** Marks of each item in document order, index-aligned with `items`; empty if nothing was wrapped. */
  elements: HTMLElement[][];
  /** Removes every mark and restores the page's original text nodes. Idempotent. */
  destroy(): void;
}

const ALL_MARKS_ATTR = /^(data-[a-z0-9_.-]+|title|lang|dir)$/;
const FIRST_MARK_ATTR = /^(role|aria-[a-z]+|tabindex)$/;

/**
 * Highlights `items` in the DOM behind `textMap`. Reads everything first, then
 * writes one replaceChild per touched text node. Segments whose node has
 * changed since the map was built are skipped.
 * @throws TypeError for an attribute name outside the allowed set (before any DOM change).
 */
export function highlightRanges(doc: Document, textMap: TextMap, items: readonly HighlightItem[]): Highlights {
  for (const item of items) {
    for (const name of Object.keys(item.attrs ?? {})) {
      if (!ALL_MARKS_ATTR.test(name) && !FIRST_MARK_ATTR.test(name)) {
        throw new TypeError(`highlightRanges: attribute "${name}" is not allowed on a mark`);
      }
    }
  }
  const segments = textMap.nodes;
  const textLength = textMap.text.length;
  // Nesting order: earlier start outermost, then longer, then input order.
  const order = items
    .map((item, index) => ({ index, start: Math.max(0, item.start), end: Math.min(textLength, item.end) }))
    .filter((it) => it.start < it.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);

  // Which items touch which segment (segment index → item indices in nesting order).
  const touching = new Map<number, number[]>();
  for (const it of order) {
    for (let s = firstEndingAfter(segments, it.start); s < segments.length && segments[s]!.start < it.end; s++) {
      const list = touching.get(s);
      if (list) list.push(it.index);
      else touching.set(s, [it.index]);
    }
  }

  const elements: HTMLElement[][] = items.map(() => []);
  const swaps: Swap[] = [];
  const segmentIndices = Array.from(touching.keys()).sort((a, b) => a - b);
  for (const s of segmentIndices) {
    const seg = segments[s]!;
    if (!seg.node.parentNode || seg.node.data.length !== seg.end - seg.start) continue; // stale map
    const swap = buildSwap(doc, seg, touching.get(s)!, items, elements);
    if (swap) swaps.push(swap);
  }

  // Writes, after all reads.
  for (const swap of swaps) {
    const fragment = doc.createDocumentFragment();
    fragment.append(...swap.pieces);
    swap.original.parentNode!.replaceChild(fragment, swap.original);
    replacedBy.set(swap.original, swap.pieces);
  }
  items.forEach((item, i) => {
    const first = elements[i]![0];
    if (!first) return;
    if (!item.attrs || !('tabindex' in item.attrs)) first.setAttribute('tabindex', '0');
    for (const [name, value] of Object.entries(item.attrs ?? {})) {
      if (FIRST_MARK_ATTR.test(name)) first.setAttribute(name, value);
    }
  });

  let destroyed = false;
  return {
    elements,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      // Last in, first out, like any undo; each text node is swapped once per call.
      for (let i = swaps.length - 1; i >= 0; i--) restore(swaps[i]!);
    },
  };
}

/** A page text node and the nodes that replace it while highlighted. */
interface Swap {
  original: Text;
  originalData: string;
  /** Top-level replacement nodes, in order. */
  pieces: Node[];
}

function buildSwap(
  doc: Document,
  seg: TextSegment,
  itemIndices: number[],
  items: readonly HighlightItem[],
  elements: HTMLElement[][],
): Swap | null {
  const data = seg.node.data;
  const cuts = new Set<number>([0, data.length]);
  for (const i of itemIndices) {
    const item = items[i]!;
    if (item.start > seg.start && item.start < seg.end) cuts.add(item.start - seg.start);
    if (item.end > seg.start && item.end < seg.end) cuts.add(item.end - seg.start);
  }
  const points = Array.from(cuts).sort((a, b) => a - b);
  const pieces: Node[] = [];
  // Open marks, outermost first, with the item each belongs to.
  const stack: { item: number; el: HTMLElement }[] = [];
  let marks = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const from = points[p]!;
    const to = points[p + 1]!;
    const pieceText = data.slice(from, to);
    const covering = /\S/.test(pieceText)
      ? itemIndices.filter((i) => items[i]!.start <= seg.start + from && items[i]!.end >= seg.start + to)
      : [];
    // Keep the open marks this piece shares (a common prefix), close the rest.
    let keep = 0;
    while (keep < stack.length && keep < covering.length && stack[keep]!.item === covering[keep]) keep++;
    stack.length = keep;
    for (const i of covering.slice(keep)) {
      const el = createMark(doc, items[i]!);
      marks++;
      elements[i]!.push(el);
      const parent = stack[stack.length - 1];
      if (parent) parent.el.append(el);
      else pieces.push(el);
      stack.push({ item: i, el });
    }
    const textNode = doc.createTextNode(pieceText);
    markOwn(textNode);
    const parent = stack[stack.length - 1];
    if (parent) parent.el.append(textNode);
    else pieces.push(textNode);
  }
  // Only whitespace was covered: leave the page's node alone.
  return marks > 0 ? { original: seg.node, originalData: data, pieces } : null;
}

function createMark(doc: Document, item: HighlightItem): HTMLElement {
  const el = doc.createElement(MARK_TAG);
  markOwn(el);
  for (const [name, value] of Object.entries(item.attrs ?? {})) {
    if (ALL_MARKS_ATTR.test(name)) el.setAttribute(name, value);
  }
  if (item.className) el.className = item.className;
  return el;
}

// A second highlighter over the same text swaps out our pieces in turn; this
// lets the first one's destroy() find what stands in for them now.
const replacedBy = new WeakMap<Node, Node[]>();

function currentNodes(node: Node): Node[] {
  const replacement = node.parentNode ? undefined : replacedBy.get(node);
  return replacement ? replacement.flatMap(currentNodes) : [node];
}

function restore({ original, originalData, pieces }: Swap): void {
  replacedBy.delete(original);
  const nodes = pieces.flatMap(currentNodes);
  const first = nodes[0];
  const parent = first?.parentNode;
  if (!first || !parent) return; // the page removed our nodes; nothing to put back
  // If the page edited the visible text (not the detached original), keep its edit.
  const shown = nodes.map((n) => n.textContent ?? '').join('');
  if (original.data === originalData && shown !== originalData) original.data = shown;
  markRestored(original);
  parent.replaceChild(original, first);
  for (let i = 1; i < nodes.length; i++) nodes[i]!.parentNode?.removeChild(nodes[i]!);
}

function firstEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
