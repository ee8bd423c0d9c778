/**
 * The article text as the matcher sees it, and the map between offsets into
 * that text and DOM positions.
 *
 * Text is the raw `data` of each collected text node (no whitespace
 * collapsing), so an offset maps to exactly one node position. Block-level
 * elements add {@link BLOCK_SEPARATOR} between runs so that sentences from
 * different paragraphs never merge. Blocks are decided by tag name, not
 * getComputedStyle: style lookups on a 100k-word page cost seconds, and a tag
 * rule keeps the text deterministic whatever the page CSS says.
 */
import { isUiHost } from './own-nodes';

/** Inserted between block-level elements; not backed by any DOM node. */
export const BLOCK_SEPARATOR = '\n';

/** A text node and the half-open span `[start, end)` it occupies in `text`. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/** Article text with its DOM mapping. Stale once the page changes the nodes. */
export interface TextMap {
  root: Element;
  text: string;
  /** Collected text nodes in document order; gaps between them are separators. */
  nodes: TextSegment[];
  /** DOM range for `text.slice(start, end)`, trimmed to mapped text; null if empty or out of bounds. */
  rangeFor(start: number, end: number): Range | null;
  /**
   * Text offset of the DOM point `(node, offset)`. A point in a separator or in
   * skipped content maps to the start of the next collected text. Points before
   * or after `root` map to 0 or `text.length`; null if the node is in another tree.
   */
  offsetOf(node: Node, offset: number): number | null;
}

export interface TextMapOptions {
  /** Collect text under `aria-hidden="true"` too. Default false: it is usually decorative or a duplicate. */
  includeAriaHidden?: boolean;
  /**
   * Elements the reader cannot see, decided by layout (see lib/dom/rendered.ts); their subtree is left
   * out. Given by the caller, since it needs a laid-out page: the tag and attribute rules above do not.
   */
  unseen?: (el: Element) => boolean;
}

// Content that is not readable article text, or that the page lets the user edit.
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'head', 'title',
]);

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);

const EDITABLE_SELECTOR =
  '[contenteditable=""], [contenteditable="true" i], [contenteditable="plaintext-only" i]';

/** True for elements whose whole subtree stays out of the text map. */
export function isSkippedElement(el: Element, includeAriaHidden = false): boolean {
  if (SKIP_TAGS.has(el.localName) || isUiHost(el)) return true;
  if (!el.hasAttributes()) return false; // most elements of an article: no attribute lookups
  // hidden="until-found" content is revealed by find-in-page, so it is readable.
  const hidden = el.getAttribute('hidden');
  if (hidden !== null && hidden.toLowerCase() !== 'until-found') return true;
  if (!includeAriaHidden && el.getAttribute('aria-hidden')?.toLowerCase() === 'true') return true;
  return el.hasAttribute('contenteditable') && el.matches(EDITABLE_SELECTOR);
}

/** A node of a shadow tree (a slot outside one is an unknown element, its children its content). */
const inShadowTree = (node: Node): boolean => {
  const root = node.getRootNode();
  return root.nodeType === 11 && !!(root as ShadowRoot).host;
};

function isInvisibleOrOurs(el: Element): boolean {
  return isUiHost(el) || (el.hasAttribute('hidden') && el.getAttribute('hidden') !== 'until-found');
}

/** True if `el` is inside (or is) content the map never collects. */
function insideSkipped(el: Element, includeAriaHidden: boolean): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (isSkippedElement(e, includeAriaHidden)) return true;
  }
  return false;
}

/**
 * Collects the readable text under `root`, as composed: an open shadow root's tree
 * in place of its host's children, a slot's assigned nodes in place of the slot.
 * O(nodes). No TreeWalker filter: a callback from the browser into script per
 * node cost more than the walk itself.
 */
export function buildTextMap(root: Element, opts: TextMapOptions = {}): TextMap {
  const includeAriaHidden = opts.includeAriaHidden ?? false;
  const unseen = opts.unseen;
  const parts: string[] = [];
  const nodes: TextSegment[] = [];
  let length = 0;
  let endsWithSeparator = true; // suppresses a leading separator
  let pendingBreak = false;

  const emit = (node: Text) => {
    const data = node.data;
    if (data.length === 0) return;
    if (pendingBreak && !endsWithSeparator) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    pendingBreak = false;
    nodes.push({ node, start: length, end: length + data.length });
    parts.push(data);
    length += data.length;
    endsWithSeparator = data.charCodeAt(data.length - 1) === 10; // BLOCK_SEPARATOR
  };

  /**
   * An element's content as rendered when it is not its own children: the open shadow tree of a host,
   * or what a slot shows (its assigned nodes, else its fallback content). Walked here, recursively (one
   * level per shadow tree); true when handled.
   */
  const walkComposed = (el: Element): boolean => {
    const shadow = el.shadowRoot;
    if (shadow) {
      walkChildren(shadow);
      return true;
    }
    if (el.localName !== 'slot' || !inShadowTree(el)) return false;
    const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
    if (!assigned.length) return false;
    for (const n of assigned) {
      if (n.nodeType === 3) emit(n as Text);
      else if (n.nodeType === 1 && enter(n as Element)) {
        if (!walkComposed(n as Element)) walkChildren(n);
        if (BLOCK_TAGS.has((n as Element).localName)) pendingBreak = true;
      }
    }
    return true;
  };

  /** Entering `el`: false when its subtree is left out. */
  const enter = (el: Element): boolean => {
    const block = BLOCK_TAGS.has(el.localName);
    if (isSkippedElement(el, includeAriaHidden)) {
      // A visible skipped block (an editor, a form) still ends the line before it.
      // Hidden content and our own UI do not: the text must not change when we mount a card.
      if (block && !isInvisibleOrOurs(el)) pendingBreak = true;
      return false;
    }
    if (unseen?.(el)) return false;
    if (block) pendingBreak = true;
    return true;
  };

  // Iterative within one tree (firstChild / nextSibling / parentNode), so deep nesting cannot overflow the stack.
  function walkChildren(container: Node): void {
    let node: Node | null = container.firstChild;
    outer: while (node) {
      // Entering `node`.
      const type = node.nodeType;
      if (type === 3) emit(node as Text);
      else if (type === 1) {
        const el = node as Element;
        if (enter(el)) {
          if (walkComposed(el)) {
            if (BLOCK_TAGS.has(el.localName)) pendingBreak = true;
          } else {
            const child = el.firstChild;
            if (child) {
              node = child;
              continue;
            }
          }
        }
      }
      // Leaving `node`, then every ancestor that has no next sibling (a block ends its line).
      for (;;) {
        const sibling: Node | null = node.nextSibling;
        if (sibling) {
          node = sibling;
          continue outer;
        }
        const parent: Node | null = node.parentNode;
        if (!parent || parent === container) break outer;
        if (BLOCK_TAGS.has((parent as Element).localName)) pendingBreak = true;
        node = parent;
      }
    }
  }

  if (!insideSkipped(root, includeAriaHidden) && !walkComposed(root)) walkChildren(root);

  const text = parts.join('');
  return createTextMap(root, text, nodes);
}

/** Index of the first segment whose end is > offset (segments.length if none); segments are in text order. */
export function firstEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function createTextMap(root: Element, text: string, nodes: TextSegment[]): TextMap {
  // Only offsetOf (notes, on a selection) needs it; highlighting never does.
  let indexOfNode: Map<Node, number> | null = null;


  const rangeFor = (start: number, end: number): Range | null => {
    if (!(start >= 0 && end <= text.length && start < end)) return null;
    const first = firstEndingAfter(nodes, start);
    const last = firstEndingAfter(nodes, end - 1);
    const a = nodes[first];
    // `last` may point past a separator gap at the end; step back to covered text.
    let lastIdx = Math.min(last, nodes.length - 1);
    while (lastIdx >= first && nodes[lastIdx]!.start >= end) lastIdx--;
    const b = nodes[lastIdx];
    if (!a || !b || lastIdx < first) return null;
    const range = root.ownerDocument.createRange();
    range.setStart(a.node, Math.max(start, a.start) - a.start);
    range.setEnd(b.node, Math.min(end, b.end) - b.start);
    return range;
  };

  const offsetOf = (node: Node, offset: number): number | null => {
    if (!indexOfNode) {
      indexOfNode = new Map();
      for (let i = 0; i < nodes.length; i++) indexOfNode.set(nodes[i]!.node, i);
    }
    const idx = indexOfNode.get(node);
    if (idx !== undefined) {
      const seg = nodes[idx]!;
      return seg.start + Math.max(0, Math.min(offset, seg.end - seg.start));
    }
    if (node !== root && !root.contains(node) && root.compareDocumentPosition(node) & 0x1 /* DISCONNECTED */) {
      return null;
    }
    const atOrAfter = pointPrecedes(node, offset);
    // Binary search for the first segment at or after the point.
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (atOrAfter(nodes[mid]!.node)) hi = mid;
      else lo = mid + 1;
    }
    return lo < nodes.length ? nodes[lo]!.start : text.length;
  };

  return { root, text, nodes, rangeFor, offsetOf };
}

/** Predicate "text node `t` lies at or after the boundary point (container, offset)". */
function pointPrecedes(container: Node, offset: number): (t: Node) => boolean {
  const FOLLOWING = 0x4;
  const CONTAINED_BY = 0x10;
  const isCharacterData = container.nodeType === 3 || container.nodeType === 4 || container.nodeType === 8;
  if (!isCharacterData && offset < container.childNodes.length) {
    const child = container.childNodes[offset]!;
    return (t) => t === child || (child.compareDocumentPosition(t) & FOLLOWING) !== 0;
  }
  // After the container's last child (or within unmapped character data): only
  // nodes that follow the container and are not inside it.
  return (t) => {
    const pos = container.compareDocumentPosition(t);
    return (pos & FOLLOWING) !== 0 && (pos & CONTAINED_BY) === 0;
  };
}
