/**
 * Which DOM nodes and mutations belong to Crosscheck rather than to the page.
 *
 * The highlighter and the mutation watcher both need this, and neither should
 * import the other, so the bookkeeping lives here. The sets are WeakSets so a
 * page that throws away highlighted content does not leak through us.
 */

/**
 * Tag of the element that wraps a highlighted run of text: the built-in `<mark>`, whose meaning
 * (highlighted for reference) is ours. Built-in names, here and for the UI hosts (`<div>`), because a
 * page can register an autonomous custom-element name as its own before we use it, or upgrade our
 * elements once it sees them, and through `attachInternals()` reach a closed shadow root or disable
 * shadow roots altogether. A built-in element cannot be claimed.
 */
export const MARK_TAG = 'mark';
/**
 * Set on the host of each in-page UI (`card`, `notes`), for tests and DevTools only: which elements are
 * ours is known from the sets below, which the page cannot write to, never from an attribute it can forge.
 */
export const UI_ATTR = 'data-crosscheck-ui';

// Text pieces the highlighter inserts outside a mark (the unhighlighted rest of
// a split text node) carry no tag, so they are remembered here.
const ownNodes = new WeakSet<Node>();
// Hosts of our shadow-root UIs: their subtree is never article text.
const uiHosts = new WeakSet<Element>();
// Page text nodes the highlighter put back on destroy(); their re-insertion is
// our doing, not new page text.
const restoredNodes = new WeakSet<Node>();

/** Records that `node` was created by Crosscheck. */
export function markOwn(node: Node): void {
  ownNodes.add(node);
}

/** Records that `host` is the host of one of Crosscheck's in-page UIs. */
export function markUiHost(host: Element): void {
  ownNodes.add(host);
  uiHosts.add(host);
}

/** True if `el` is the host of one of Crosscheck's in-page UIs. */
export const isUiHost = (el: Element): boolean => uiHosts.has(el);

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
  // A walk up the parents, a set lookup each: marks sit a few levels deep at most.
  for (let n: Node | null | undefined = node; n; n = n.parentNode) if (ownNodes.has(n)) return true;
  return false;
}

/**
 * The nearest mark of ours with attribute `attr` that is or holds `node`, if any: a page's own
 * `<mark>` elements, and look-alikes it makes with our attributes, are not ours.
 */
export function ownMarkAt(node: Node | null | undefined, attr: string): HTMLElement | null {
  for (let n: Node | null | undefined = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).localName === MARK_TAG && ownNodes.has(n) && (n as Element).hasAttribute(attr)) return n as HTMLElement;
  }
  return null;
}

/**
 * The mark of ours with `attr` an event happened on. The first node of the event's path, not its
 * target: inside a page's open shadow root the target seen at the document is the shadow's host.
 */
export const ownMarkOfEvent = (e: Event, attr: string): HTMLElement | null => ownMarkAt(e.composedPath()[0] as Node | undefined, attr);

/**
 * True if `added`, a node in a MutationRecord's `addedNodes`, is a page node
 * that the highlighter's destroy() put back. Consumes the mark, so the page moving that
 * node again later counts as a page change. Not tied to the record's shape:
 * browsers report replaceChild as one record, happy-dom as two.
 */
export function takeRestored(added: Node): boolean {
  return restoredNodes.delete(added);
}
