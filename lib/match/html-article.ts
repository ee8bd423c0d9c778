import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * Article text of an HTML page, as Readability sees it (menus, footers and asides dropped).
 * For the command line only: linkedom is pure JS but heavy, so nothing the extension bundles imports this.
 *
 * Normalisation: Readability's `textContent` keeps the source's indentation and blank runs; we
 * collapse spaces within lines and keep one newline between blocks, so sentences read as in print.
 */
export function htmlArticleText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  const raw = article?.textContent ?? document.body?.textContent ?? '';
  return raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
