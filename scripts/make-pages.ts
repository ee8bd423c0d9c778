/**
 * Writes the demo and e2e pages in tests/fixtures/pages from plain-text articles: the three seed
 * articles (tests/fixtures/seeds, through scripts/lib/seeds.ts) and our other-outlet article. Run once
 * after changing a source text; the output is committed, so the demo and the e2e tests need no build step.
 *   npx tsx scripts/make-pages.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEEDS_DIR } from './lib/seeds';

const repo = resolve(import.meta.dirname, '..');
const out = resolve(repo, 'tests/fixtures/pages');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The site's furniture in each page language: navigation, the related box, the footer. */
const CHROME = {
  en: { nav: ['World', 'Middle East', 'Opinion', 'Sport'], mostRead: 'Most read', related: ['Heatwave grips southern Europe', 'Central bank holds rates'], privacy: 'Privacy', terms: 'Terms' },
  ar: { nav: ['العالم', 'الشرق الأوسط', 'رأي', 'رياضة'], mostRead: 'الأكثر قراءة', related: ['موجة حر في جنوب أوروبا', 'المصرف المركزي يثبت الفائدة'], privacy: 'الخصوصية', terms: 'الشروط' },
} as const;

/** A news-site page: header, nav and footer around one article, so extraction has something to skip. */
export function articlePage(opts: { outlet: string; headline: string; dek?: string; byline: string; paragraphs: string[]; lang?: 'en' | 'ar' }): string {
  const lang = opts.lang ?? 'en';
  const c = CHROME[lang];
  const rtl = lang === 'ar';
  const body = opts.paragraphs.map((p) => `      <p>${escape(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}"${rtl ? ' dir="rtl"' : ''}>
<head>
  <meta charset="utf-8">
  <title>${escape(opts.headline)} | ${escape(opts.outlet)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/site.css">
${rtl ? '  <!-- The demo site\'s sheet is written for left-to-right pages; these lines mirror its side rules. -->\n  <style>.related { border-left: 0; border-right: 1px solid var(--rule); padding-left: 0; padding-right: 1rem; } .masthead nav a { margin-right: 0; margin-left: 1rem; }</style>\n' : ''}</head>
<body>
  <header class="masthead"><a class="logo" href="/">${escape(opts.outlet)}</a>
    <nav>${c.nav.map((n) => `<a href="/">${n}</a>`).join(' ')}</nav>
  </header>
  <main>
    <article>
      <h1>${escape(opts.headline)}</h1>
${opts.dek ? `      <p class="dek">${escape(opts.dek)}</p>\n` : ''}      <p class="byline">${escape(opts.byline)}</p>
${body}
    </article>
    <aside class="related"><h2>${c.mostRead}</h2><ul>${c.related.map((r) => `<li><a href="/">${r}</a></li>`).join('')}</ul></aside>
  </main>
  <footer>© ${escape(opts.outlet)}. <a href="/">${c.privacy}</a> · <a href="/">${c.terms}</a></footer>
</body>
</html>
`;
}

/**
 * A line that ends on a capitalised word with no full stop, followed by one that starts with a
 * capitalised word ("US President" / "Donald Trump expressed…"), is a wrapped name, not two paragraphs.
 */
function paragraphsOf(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    if (last >= 0 && /\b[A-Z][a-z]+$/.test(out[last]!) && /^[A-Z][a-z]/.test(line)) out[last] += ` ${line}`;
    else out.push(line);
  }
  return out;
}

function fromText(file: string, outlet: string, byline: string, withDek = false, lang: 'en' | 'ar' = 'en'): string {
  const lines = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const [headline = outlet, ...rest] = lines;
  const dek = withDek ? rest.shift() : undefined;
  return articlePage({ outlet, headline, dek, byline, paragraphs: lang === 'ar' ? rest : paragraphsOf(rest), lang });
}

const pages: Array<[string, () => string]> = [
  ['seed-000-allisrael.html', () => fromText(resolve(SEEDS_DIR, '000_689fe36888664186.txt'), 'All Israel News', 'By the All Israel News Staff', true)],
  ['seed-002-afp.html', () => fromText(resolve(SEEDS_DIR, '002_c8437874be4f7e9d.txt'), 'AFP', 'AFP, Damascus')],
  ['seed-004-samaa.html', () => fromText(resolve(SEEDS_DIR, '004_6c024d025d3bac50.txt'), 'Samaa', 'Samaa Web Desk')],
  ['other-outlet-wire.html', () => fromText(resolve(repo, 'tests/fixtures/articles/other-outlet-wire.txt'), 'Levant Wire', 'Levant Wire staff')],
  // An article written in Arabic (one of our dev articles).
  ['arabic-article.html', () => fromText(resolve(repo, 'tests/fixtures/articles/ar-dev-target-1.txt'), 'الشرق اليوم', 'قسم الأخبار', false, 'ar')],
];

for (const [name, make] of pages) {
  try {
    writeFileSync(resolve(out, name), make());
    console.log(`wrote tests/fixtures/pages/${name}`);
  } catch (err) {
    console.error(`skipped ${name}: ${(err as Error).message}`);
  }
}
