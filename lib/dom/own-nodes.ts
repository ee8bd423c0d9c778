/**
 * Which DOM nodes and mutations belong to Crosscheck rather than to the page.
 *
 * The highlighter and the mutation watcher both need this, and neither should
 * import the other, so the bookkeeping lives here. The sets are WeakSets so a
 * page that throws away highlighted content does not leak through us.
 */

/** Tag of the element that wraps a highlighted run of text. */
export const MARK_TAG = 'crosscheck-mark';
/** Tag of the host element of Crosscheck's in-page UI (shadow root host). */
export const UI_TAG = 'crosscheck-ui';
/** Attribute that marks any other element as Crosscheck UI. */
export const UI_ATTR = 'data-crosscheck-ui';

const OWN_SELECTOR = `${MARK_TAG}, ${UI_TAG}, [${UI_ATTR}]`;

// Text pieces the highlighter inserts outside a mark (the unhighlighted rest of
// a split text node) carry no tag, so they are remembered here.
const ownNodes = new WeakSet<Node>();
// Page text nodes the highlighter put back on destroy(); their re-insertion is
// our doing, not new page text.
const restoredNodes = new WeakSet<Node>();

/** Records that `node` was created by Crosscheck. */
export function markOwn(node: Node): void {
  ownNodes.add(node);
}

/** Records that `node` (a page node) is being re-inserted by Crosscheck. */
export function markRestored(node: Node): void {
  restoredNodes.add(node);
}

/** True if `node` itself was created by Crosscheck (a mark or a loose text piece); no DOM lookups. */
export function isOwnNode(node: Node): boolean {
  return ownNodes.has(node);
}

/**
 * True if `node` is Crosscheck's: a highlight wrapper, UI host, a text piece
 * the highlighter created, or anything inside one of those.
 */
export function isCrosscheckNode(node: Node | null | undefined): boolean {
  if (!node) return false;
  if (ownNodes.has(node)) return true;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el !== null && el.closest(OWN_SELECTOR) !== null;
}

/**
 * True if `added`, a node in a MutationRecord's `addedNodes`, is a page node
 * that the highlighter's destroy() put back. Consumes the mark, so the page moving that
 * node again later counts as a page change. Not tied to the record's shape:
 * browsers report replaceChild as one record, happy-dom as two.
 */
export function takeRestored(added: Node): boolean {
  return restoredNodes.delete(added);
}
