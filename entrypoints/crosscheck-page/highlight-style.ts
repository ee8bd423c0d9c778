import { STATUS_TEXT } from '../../components/labels';

/** A CSS string body for `text` (escaped code points, so the style sheet stays ASCII). */
const cssString = (text: string) => Array.from(text, (c) => `\\${c.codePointAt(0)!.toString(16)} `).join('');

/**
 * Page CSS for Crosscheck's marks. The selectors name our own element with its attribute, so they
 * outrank page rules like `* { display: block }` or `mark { display: none }`, and `!important`
 * holds against page rules that use it too. Each status has its own underline style and a symbol,
 * so the four differ without colour; translucent fills read on light and dark pages. The symbol
 * comes from the status here rather than from an attribute on each mark (one less write per mark).
 */
export const HIGHLIGHT_CSS = `
crosscheck-mark[data-crosscheck-status] {
  display: inline !important; position: static !important; visibility: visible !important; opacity: 1 !important;
  color: inherit !important; font: inherit !important; float: none !important; margin: 0 !important; padding: 0 !important;
  border-radius: 2px !important; text-decoration-thickness: 2px !important; text-underline-offset: 3px !important;
  text-decoration-skip-ink: none !important; cursor: help !important; transform: none !important;
}
crosscheck-mark[data-crosscheck-status="agrees"] { background: rgba(46,160,90,.16) !important; text-decoration: underline solid rgba(27,140,70,.95) !important; }
crosscheck-mark[data-crosscheck-status="contradicts"] { background: rgba(215,50,40,.17) !important; text-decoration: underline wavy rgba(205,40,30,.95) !important; }
crosscheck-mark[data-crosscheck-status="contested"] { background: rgba(235,150,20,.2) !important; text-decoration: underline double rgba(200,120,0,.95) !important; }
crosscheck-mark[data-crosscheck-status="unsourced"] { background: rgba(80,110,200,.14) !important; text-decoration: underline dotted rgba(70,100,210,.95) !important; }
crosscheck-mark[data-crosscheck-last]::after {
  display: inline-block !important; font: 700 0.7em/1 system-ui, sans-serif !important;
  vertical-align: super !important; margin-left: 1px !important; padding: 1px 3px !important; border-radius: 3px !important;
  color: #fff !important; text-decoration: none !important;
}
crosscheck-mark[data-crosscheck-last][data-crosscheck-status="agrees"]::after { content: "${cssString(STATUS_TEXT.agrees.symbol)}" !important; background: #1b7a3f !important; }
crosscheck-mark[data-crosscheck-last][data-crosscheck-status="contradicts"]::after { content: "${cssString(STATUS_TEXT.contradicts.symbol)}" !important; background: #b3261e !important; }
crosscheck-mark[data-crosscheck-last][data-crosscheck-status="contested"]::after { content: "${cssString(STATUS_TEXT.contested.symbol)}" !important; background: #945a00 !important; }
crosscheck-mark[data-crosscheck-last][data-crosscheck-status="unsourced"]::after { content: "${cssString(STATUS_TEXT.unsourced.symbol)}" !important; background: #3d5a99 !important; }
crosscheck-mark[data-crosscheck-status]:focus-visible { outline: 2px solid #2962ff !important; outline-offset: 1px !important; }
crosscheck-mark[data-crosscheck-flash] { animation: crosscheck-flash 1.2s ease-out 1 !important; }
@keyframes crosscheck-flash { 0%, 40% { box-shadow: 0 0 0 4px rgba(41,98,255,.55); } 100% { box-shadow: 0 0 0 0 rgba(41,98,255,0); } }
@media (prefers-reduced-motion: reduce) { crosscheck-mark[data-crosscheck-flash] { animation: none !important; outline: 3px solid #2962ff !important; } }
html[data-crosscheck-hidden] crosscheck-mark[data-crosscheck-status] { background: none !important; text-decoration: none !important; cursor: auto !important; }
html[data-crosscheck-hidden] crosscheck-mark[data-crosscheck-last]::after { content: none !important; }
`;

/** Adds the highlight style element once. */
export function injectHighlightStyle(doc: Document): () => void {
  return injectPageStyle(doc, 'crosscheck-style', HIGHLIGHT_CSS);
}

/**
 * Adds one style element of ours to the page (replacing an earlier one with the same id) and returns
 * its removal. It holds only our constant CSS, never page text; marked as our UI so the text map skips it.
 */
export function injectPageStyle(doc: Document, id: string, css: string): () => void {
  doc.getElementById(id)?.remove();
  const style = doc.createElement('style');
  style.id = id;
  style.setAttribute('data-crosscheck-ui', '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
