import { KIND_TEXT, KINDS } from '../../lib/reader/kinds';
import { BADGED_KINDS, MARK_LOOK, markDeclarations } from '../../lib/reader/mark-style';

/** A CSS string body for `text` (escaped code points, so the style sheet stays ASCII). */
const cssString = (text: string) => Array.from(text, (c) => `\\${c.codePointAt(0)!.toString(16)} `).join('');

/** Our marks, or those of one kind. */
const mark = (kind?: string) => (kind ? `mark[data-crosscheck-status="${kind}"]` : 'mark[data-crosscheck-status]');
const badge = (kind?: string, counted = false) => `${mark(kind)}[data-crosscheck-last]${counted ? '[data-crosscheck-count]' : ''}::after`;

/**
 * Page CSS for Crosscheck's marks (`<mark>` elements, see lib/dom/own-nodes.ts). Each starts from
 * `all: unset`, so the browser's yellow and the page's own `mark` and `*` rules are gone and the text
 * looks as it did; the selectors name the element with its attribute, so they outrank page rules like
 * `* { display: block }` or `mark { display: none }`, and `!important` holds against page rules that use it too. Fills, underlines and badges come from mark-style.ts,
 * which the legend shows too. The badge is the kind's symbol, with the number of claims when one
 * sentence carries several (`data-crosscheck-count`); it comes from CSS rather than text in the
 * page, so the page's text is unchanged and copy-paste gives only the article's words. The badge is
 * isolated and left to right, so "⇄ 3" reads the same on a right-to-left page.
 */
export const HIGHLIGHT_CSS = `
${mark()} {
  all: unset !important;
  display: inline !important; position: static !important; visibility: visible !important; opacity: 1 !important;
  color: inherit !important; font: inherit !important; float: none !important; margin: 0 !important; padding: 0 !important;
  border-radius: 2px !important; text-underline-offset: 3px !important;
  text-decoration-skip-ink: none !important; cursor: help !important; transform: none !important;
}
${KINDS.map((k) => `${mark(k)} { ${markDeclarations(k, ' !important')}; }`).join('\n')}
${badge()} {
  display: inline-block !important; font: 700 0.7em/1 system-ui, sans-serif !important; unicode-bidi: isolate !important; direction: ltr !important;
  vertical-align: super !important; margin-inline-start: 2px !important; padding: 1px 3px !important; border-radius: 3px !important;
  color: #fff !important; text-decoration: none !important; white-space: nowrap !important;
}
${badge('agrees')} { content: none !important; }
${BADGED_KINDS.map((k) => `${badge(k)} { content: "${cssString(KIND_TEXT[k].symbol)}" !important; background: ${MARK_LOOK[k].badge} !important; }`).join('\n')}
${BADGED_KINDS.map((k) => `${badge(k, true)} { content: "${cssString(KIND_TEXT[k].symbol)}\\a0" attr(data-crosscheck-count) !important; }`).join('\n')}
${mark()}:focus-visible { outline: 2px solid #2962ff !important; outline-offset: 1px !important; }
mark[data-crosscheck-flash] { animation: crosscheck-flash 1.2s ease-out 1 !important; }
@keyframes crosscheck-flash { 0%, 40% { box-shadow: 0 0 0 4px rgba(41,98,255,.55); } 100% { box-shadow: 0 0 0 0 rgba(41,98,255,0); } }
@media (prefers-reduced-motion: reduce) { mark[data-crosscheck-flash] { animation: none !important; outline: 3px solid #2962ff !important; } }
html[data-crosscheck-hidden] ${mark()} { background: none !important; text-decoration: none !important; cursor: auto !important; }
html[data-crosscheck-hidden] ${badge()} { content: none !important; }
`;

/** Adds the highlight style element once: to the document, or to an open shadow root that holds marks. */
export function injectHighlightStyle(target: Document | ShadowRoot): () => void {
  return injectPageStyle(target, 'crosscheck-style', HIGHLIGHT_CSS);
}

/**
 * Adds one style element of ours to the page (replacing an earlier one with the same id) and returns
 * its removal. It holds only our constant CSS, never page text; marked as our UI so the text map skips it.
 */
export function injectPageStyle(target: Document | ShadowRoot, id: string, css: string): () => void {
  target.getElementById(id)?.remove();
  const doc = target.nodeType === 9 ? (target as Document) : (target as ShadowRoot).ownerDocument!;
  const style = doc.createElement('style');
  style.id = id;
  style.setAttribute('data-crosscheck-ui', '');
  style.textContent = css;
  if (target.nodeType === 9) ((target as Document).head ?? (target as Document).documentElement).append(style);
  else target.append(style);
  return () => style.remove();
}
