/**
 * Deterministic pages for `npm run bench`: articles about the story (seed sentences mixed with
 * neutral filler, from {@link buildArticle}) and unrelated news, as `<p>`s inside an `<article>`.
 */
import { buildArticle, prng } from './bench-article';

export interface BenchPage {
  name: string;
  path: string;
  words: number;
  html: string;
}

const NEWS_WORDS =
  'the of and a to in council budget school rail bus harbour festival museum weather storm rain league match season coach players fans ticket price bank rate loan housing rent tenants farmers harvest wheat bridge road repair mayor vote election district library hospital nurses doctors teachers strike union wages office tower river park zoo concert film award author novel'.split(' ');

/** About `words` words of unrelated local news (no name or place the precheck looks for). */
export function unrelatedText(words: number, seed = 7): string {
  const rand = prng(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences = Array.from({ length: 4 + Math.floor(rand() * 4) }, () => {
      const n = 10 + Math.floor(rand() * 15);
      const w = Array.from({ length: n }, () => NEWS_WORDS[Math.floor(rand() * NEWS_WORDS.length)]!);
      return w.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
    });
    count += sentences.join(' ').split(/\s+/).length;
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news page: a header, a nav, the article's paragraphs and a footer. */
export function pageHtml(title: string, text: string): string {
  const paragraphs = text.split(/\n\n+/).map((p) => `<p>${escape(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${escape(title)}</h1>
${paragraphs}
</article></main><footer>© Bench Daily</footer></body></html>`;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The four benchmark pages; the same bytes on every run. */
export function benchPages(seeds: string[]): BenchPage[] {
  const story = (words: number): BenchPage => {
    const text = buildArticle(seeds, words, 12);
    return { name: `story-${words / 1000}k`, path: `/bench/story-${words}.html`, words: countWords(text), html: pageHtml('Syria and Israel in Baku', text) };
  };
  const news = unrelatedText(20_000);
  return [
    story(2_000),
    story(20_000),
    story(100_000),
    { name: 'unrelated-20k', path: '/bench/unrelated-20000.html', words: countWords(news), html: pageHtml('City council news', news) },
  ];
}
