/**
 * The "long live blog" page of `npm run bench`: many short timestamped entries, each carrying one story
 * sentence (a sentence the matcher marks on its own) among neutral filler, so the page shows about one
 * passage per entry: 2,000 entries for the 2,000 passages.
 */
import { prng } from './bench-article';
import type { BenchPage } from './bench-pages';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const FILLER = [
  'Our correspondent is following the day from the capital.',
  'More details are expected later in the afternoon.',
  'The weather in the region stayed mild through the morning.',
  'Readers have been sending in questions about the schedule.',
  'Traffic around the conference centre was slow.',
  'We will keep this page updated as the day goes on.',
];

/** An HH:MM time for entry `i`, newest first, one minute apart, starting at 23:59. */
export function entryTime(i: number): string {
  const m = (((24 * 60 - 1 - i) % (24 * 60)) + 24 * 60) % (24 * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * `entries` entries, the i-th holding story sentence i (cycling through `storySentences`) between
 * one or two filler sentences chosen by a seeded PRNG: the same bytes on every run.
 */
export function liveBlogPage(storySentences: readonly string[], entries = 2000, seed = 5): BenchPage {
  if (!storySentences.length) throw new Error('liveBlogPage needs at least one story sentence');
  const rand = prng(seed);
  const pick = () => FILLER[Math.floor(rand() * FILLER.length)]!;
  const items: string[] = [];
  let words = 0;
  for (let i = 0; i < entries; i++) {
    const text = [pick(), storySentences[i % storySentences.length]!, ...(rand() < 0.5 ? [pick()] : [])].join(' ');
    words += text.split(/\s+/).filter(Boolean).length;
    items.push(`<section class="entry"><h2><time>${entryTime(i)}</time> Update ${entries - i}</h2><p>${escape(text)}</p></section>`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: Syria and Israel in Baku</title></head>
<body><header><nav><a href="/">Home</a> <a href="/live">Live</a></nav></header>
<main><article><h1>Live: Syria and Israel officials meet in Baku</h1>
${items.join('\n')}
</article></main><footer>© Bench Daily</footer></body></html>`;
  return { name: `live-blog-${entries}`, path: `/bench/live-blog-${entries}.html`, words, html };
}
