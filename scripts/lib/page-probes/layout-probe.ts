/**
 * What the page's layout costs, for reading the text map's share of Crosscheck's time on long pages
 * (its visibility test reads boxes, lib/dom/rendered.ts): one full layout of the page after a width
 * change, the same visibility test over every element of the article with the layout clean, and the
 * body's innerText (the small script's second look, lib/dom/shown-text.ts), layout clean too.
 */

import { median } from '../median';

export function layoutCosts(doc: Document, samples = 5): { fullLayoutMs: number; visibilityMs: number; elements: number; innerTextMs: number } {
  const body = doc.body;
  const width = body.style.width;
  const layout: number[] = [];
  for (let i = 0; i < samples; i++) {
    body.style.width = `${1000 + (i % 2)}px`;
    const t0 = performance.now();
    void body.offsetHeight;
    layout.push(performance.now() - t0);
  }
  body.style.width = width;
  void body.offsetHeight;
  const elements = Array.from((doc.querySelector('article') ?? body).querySelectorAll('*'));
  const visibility: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    for (const el of elements) if (el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) void el.getBoundingClientRect().bottom;
    visibility.push(performance.now() - t0);
  }
  // The small script's second look at a page that names a story: the body's innerText (lib/dom/shown-text.ts).
  const innerText: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    void body.innerText.length;
    innerText.push(performance.now() - t0);
  }
  return { fullLayoutMs: median(layout), visibilityMs: median(visibility), elements: elements.length, innerTextMs: median(innerText) };
}
