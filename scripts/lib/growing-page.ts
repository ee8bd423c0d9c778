/**
 * The growing page of `npm run bench`: an article that gets a new section of about `wordsPerStep`
 * words every `intervalMs` once the bench calls `__startGrowth()` in the page. Each step marks
 * `grow:<i>` in the page's timeline after appending, and `grow:done` after the last.
 */
import { buildArticle } from './bench-article';
import type { BenchPage } from './bench-pages';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (text: string) => text.split(/\n\n+/).map((p) => `<p>${escape(p)}</p>`).join('');
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

export interface GrowingPage extends BenchPage {
  /** Words in each step's section, in order. */
  stepWords: number[];
}

/** A JSON value safe inside an inline <script> (no `</script>`, no `<!--`). */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export function growingPage(seeds: string[], { steps = 60, wordsPerStep = 500, intervalMs = 1000, openingWords = 500 } = {}): GrowingPage {
  const opening = buildArticle(seeds, openingWords, 40);
  const texts = Array.from({ length: steps }, (_, i) => buildArticle(seeds, wordsPerStep, 100 + i));
  const sections = texts.map(paragraphs);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: Syria and Israel in Baku</title></head>
<body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Syria and Israel in Baku, as it happens</h1>
${paragraphs(opening)}
</article></main><footer>© Bench Daily</footer>
<script>
window.__startGrowth = () => {
  const sections = ${scriptJson(sections)};
  const article = document.querySelector('article');
  let i = 0;
  const timer = setInterval(() => {
    const section = document.createElement('section');
    section.innerHTML = sections[i];
    article.append(section);
    performance.mark('grow:' + i);
    i += 1;
    if (i === sections.length) { clearInterval(timer); performance.mark('grow:done'); }
  }, ${intervalMs});
};
</script></body></html>`;
  return { name: `growing-${steps}x${wordsPerStep}`, path: `/bench/growing-${steps}.html`, words: countWords(opening), html, stepWords: texts.map(countWords) };
}
