// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageIsAboutStory } from '../../lib/dom/page-precheck';
import { isAboutStory } from '../../lib/match/precheck';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};

describe('pageIsAboutStory', () => {
  it.each([
    ['the leader named in the headline', '<h1>Al-Sharaa in Baku</h1><p>Weather.</p>', true],
    ['the leader named deep in a long page', `${'<p>Council budget news.</p>'.repeat(500)}<p>Ahmed al-Sharaa visited Azerbaijan.</p>`, true],
    ['Syria, Israel and Baku in three paragraphs far apart', `<p>Syria said.</p>${'<p>Rail news.</p>'.repeat(200)}<p>Israel said.</p><p>In Baku, rain.</p>`, true],
    ['a name split across inline elements', '<p>Ahmed al-Sh<b>araa</b> met officials in Baku.</p>', true],
    ['a drop cap', '<p><span class="dropcap">S</span>yria and Israel met in Baku.</p>', true],
    ['Syria and Israel without Baku or the leader', '<p>Syria and Israel exchanged fire.</p><p>Markets fell.</p>', false],
    ['unrelated news', '<p>The council voted on the bus budget.</p>'.repeat(100), false],
    ['an empty body', '', false],
  ])('%s → %s', (_name, html, expected) => {
    expect(pageIsAboutStory(page(html))).toBe(expected);
  });

  it('reads the page as one text, whatever its split into elements', () => {
    const sentences = ['Syria', ' and ', 'Israel', ' met in ', 'Baku', '. ', 'al-', 'Sharaa', ' rain ', 'Azerbaijan'];
    // Every way of keeping a subset of the pieces, each piece its own element.
    for (let mask = 0; mask < 1 << sentences.length; mask++) {
      const kept = sentences.filter((_, i) => mask & (1 << i));
      const body = page(kept.map((s) => `<span>${s}</span>`).join(''));
      expect(pageIsAboutStory(body), kept.join('|')).toBe(isAboutStory(body.textContent ?? ''));
    }
  });
});
