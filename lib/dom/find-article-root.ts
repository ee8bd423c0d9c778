/**
 * Picks the element whose text Crosscheck reads. Cheap on purpose: it runs on
 * every page, so no Readability-style scoring — a few selectors and one
 * textContent length per candidate.
 */

export interface FindArticleRootOptions {
  /** An `<article>` shorter than this is taken for a teaser card, not the story. Default 200. */
  minArticleChars?: number;
}

/**
 * The `<article>` with the most text (if it has at least `minArticleChars`),
 * else `<main>`, else `[role=main]`, else `<body>` (or the document element).
 */
export function findArticleRoot(doc: Document, opts: FindArticleRootOptions = {}): Element {
  const minChars = opts.minArticleChars ?? 200;
  let best: Element | null = null;
  let bestLength = -1;
  for (const article of Array.from(doc.querySelectorAll('article'))) {
    if (article.closest('crosscheck-ui, [data-crosscheck-ui]')) continue;
    const length = textLength(article);
    if (length > bestLength) {
      best = article;
      bestLength = length;
    }
  }
  if (best && bestLength >= minChars) return best;
  return doc.querySelector('main') ?? doc.querySelector('[role="main" i]') ?? doc.body ?? doc.documentElement;
}

// Whitespace-insensitive so indentation in the markup does not win over prose.
function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
