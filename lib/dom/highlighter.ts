/**
 * The one module that changes the page: wraps passages of a {@link TextMap} in
 * `<mark>` elements and takes them out again.
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
import { firstEndingAfter, type TextMap, type TextSegment } from './text-map';

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
  /** Set on the passage's last mark only (e.g. a closing symbol); same names as `attrs`. */
  lastAttrs?: Record<string, string>;
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
  // Per item: [name, value] pairs for every mark, the first mark and the last mark. Split once per
  // item rather than per mark, and each distinct name is checked once.
  const prepared = items.map(prepareAttrs);
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
    const swap = buildSwap(doc, seg, touching.get(s)!, items, prepared, elements);
    if (swap) swaps.push(swap);
  }
  // Attributes go on while the marks are still detached: on a mark already in the page each one
  // would make the browser re-check the page's style rules for it.
  for (let i = 0; i < elements.length; i++) {
    const marks = elements[i]!;
    if (!marks.length) continue;
    const p = prepared[i]!;
    if (!p.tabindex) marks[0]!.setAttribute('tabindex', '0');
    setAll(marks[0]!, p.first);
    setAll(marks[marks.length - 1]!, p.last);
  }

  // Writes, after all reads: one replaceChild per touched text node.
  for (const swap of swaps) {
    const { original, pieces } = swap;
    if (pieces.length === 1) original.parentNode!.replaceChild(pieces[0]!, original);
    else {
      const fragment = doc.createDocumentFragment();
      fragment.append(...pieces);
      original.parentNode!.replaceChild(fragment, original);
    }
    replacedBy.set(original, pieces);
  }

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

/** Attribute names and values, alternating: plain indexed loops, since this runs once per mark. */
type AttrList = string[];
interface PreparedAttrs {
  all: AttrList;
  first: AttrList;
  last: AttrList;
  tabindex: boolean;
}

function setAll(el: Element, attrs: AttrList): void {
  for (let k = 0; k < attrs.length; k += 2) el.setAttribute(attrs[k]!, attrs[k + 1]!);
}

// Attribute name → where it goes; filled as names are first seen (a page check uses a handful).
const attrKind = new Map<string, 'all' | 'first'>();
function kindOf(name: string): 'all' | 'first' {
  let kind = attrKind.get(name);
  if (!kind) {
    if (ALL_MARKS_ATTR.test(name)) kind = 'all';
    else if (FIRST_MARK_ATTR.test(name)) kind = 'first';
    else throw new TypeError(`highlightRanges: attribute "${name}" is not allowed on a mark`);
    attrKind.set(name, kind);
  }
  return kind;
}

function prepareAttrs(item: HighlightItem): PreparedAttrs {
  const prepared: PreparedAttrs = { all: [], first: [], last: [], tabindex: false };
  for (const name in item.attrs) {
    const kind = kindOf(name);
    prepared[kind].push(name, item.attrs[name]!);
    if (name === 'tabindex') prepared.tabindex = true;
  }
  for (const name in item.lastAttrs) {
    if (kindOf(name) !== 'all') throw new TypeError(`highlightRanges: attribute "${name}" is not allowed on a last mark`);
    prepared.last.push(name, item.lastAttrs[name]!);
  }
  return prepared;
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
  prepared: readonly PreparedAttrs[],
  elements: HTMLElement[][],
): Swap | null {
  if (disjoint(itemIndices, items)) return buildDisjointSwap(doc, seg, itemIndices, items, prepared, elements);
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
    const covering = NON_SPACE.test(pieceText)
      ? itemIndices.filter((i) => items[i]!.start <= seg.start + from && items[i]!.end >= seg.start + to)
      : [];
    // Keep the open marks this piece shares (a common prefix), close the rest.
    let keep = 0;
    while (keep < stack.length && keep < covering.length && stack[keep]!.item === covering[keep]) keep++;
    stack.length = keep;
    for (const i of covering.slice(keep)) {
      const el = createMark(doc, items[i]!, prepared[i]!);
      marks++;
      elements[i]!.push(el);
      const parent = stack[stack.length - 1];
      if (parent) parent.el.append(el);
      else pieces.push(el);
      stack.push({ item: i, el });
    }
    const parent = stack[stack.length - 1];
    // Text inside a mark is ours by its ancestor; only loose pieces need remembering.
    if (parent) parent.el.append(pieceText);
    else {
      const textNode = doc.createTextNode(pieceText);
      markOwn(textNode);
      pieces.push(textNode);
    }
  }
  // Only whitespace was covered: leave the page's node alone.
  return marks > 0 ? { original: seg.node, originalData: data, pieces } : null;
}

const NON_SPACE = /\S/;

/** True when no two of the items overlap (the usual case: sentences of one paragraph). */
function disjoint(itemIndices: number[], items: readonly HighlightItem[]): boolean {
  for (let k = 1; k < itemIndices.length; k++) {
    if (items[itemIndices[k - 1]!]!.end > items[itemIndices[k]!]!.start) return false;
  }
  return true;
}

/**
 * buildSwap for items that do not overlap: one pass, no cut set and no nesting stack. Gives the
 * same marks as the general case; loose text between them is one piece per gap.
 */
function buildDisjointSwap(
  doc: Document,
  seg: TextSegment,
  itemIndices: number[],
  items: readonly HighlightItem[],
  prepared: readonly PreparedAttrs[],
  elements: HTMLElement[][],
): Swap | null {
  const data = seg.node.data;
  const pieces: Node[] = [];
  let placed = 0; // data before this offset is in `pieces`
  for (let k = 0; k < itemIndices.length; k++) {
    const i = itemIndices[k]!;
    const item = items[i]!;
    const from = Math.max(item.start, seg.start) - seg.start;
    const to = Math.min(item.end, seg.end) - seg.start;
    const text = data.slice(from, to);
    if (!NON_SPACE.test(text)) continue; // whitespace stays page text
    if (from > placed) pieces.push(ownText(doc, data.slice(placed, from)));
    const el = createMark(doc, item, prepared[i]!);
    el.textContent = text;
    elements[i]!.push(el);
    pieces.push(el);
    placed = to;
  }
  if (!pieces.length) return null; // only whitespace was covered: leave the page's node alone
  if (placed < data.length) pieces.push(ownText(doc, data.slice(placed)));
  return { original: seg.node, originalData: data, pieces };
}

function ownText(doc: Document, text: string): Text {
  const node = doc.createTextNode(text);
  markOwn(node);
  return node;
}

function createMark(doc: Document, item: HighlightItem, prepared: PreparedAttrs): HTMLElement {
  const el = doc.createElement(MARK_TAG);
  markOwn(el);
  setAll(el, prepared.all);
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

