/**
 * Picks the element whose text Crosscheck reads. Cheap on purpose: it runs on
 * every page about the story, so no Readability-style scoring — a few
 * selectors and, per candidate, a text length measured without copying the
 * text more than once.
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
  const articles = Array.from(doc.querySelectorAll('article'));
  let best: Element | null = null;
  if (articles.length === 1) {
    // The common case: no contest, so only "long enough?" matters, and that is decided early.
    if (hasTextLength(articles[0]!, minChars)) best = articles[0]!;
  } else {
    let bestLength = -1;
    for (const article of articles) {
      const length = normalizedLength(article.textContent ?? '');
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    if (bestLength < minChars) best = null;
  }
  return best ?? doc.querySelector('main') ?? doc.querySelector('[role="main" i]') ?? doc.body ?? doc.documentElement;
}

/**
 * Length of `text` with whitespace runs collapsed to one space and trimmed (so indentation in the
 * markup does not win over prose), without building that string: on a long article the old
 * `replace(/\s+/g, ' ')` made one replacement per word.
 */
export function normalizedLength(text: string): number {
  let length = text.length;
  const runs = /\s{2,}/g;
  for (let m = runs.exec(text); m; m = runs.exec(text)) length -= runs.lastIndex - m.index - 1;
  if (/^\s/.test(text)) length--;
  if (length > 0 && /\s$/.test(text)) length--;
  return length;
}

/** True when `el` has at least `min` characters of normalized text; reads only as far as needed. */
function hasTextLength(el: Element, min: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  let text = '';
  let next = min;
  while (walker.nextNode()) {
    text += (walker.currentNode as Text).data;
    // Normalizing never lengthens text, so only check once there are enough raw characters.
    if (text.length >= next) {
      if (normalizedLength(text) >= min) return true;
      next = text.length * 2;
    }
  }
  return normalizedLength(text) >= min;
}
