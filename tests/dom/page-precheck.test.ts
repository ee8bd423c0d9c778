// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mentionsStory, pageIsAboutStory, useImportedPrecheck } from '../../lib/dom/page-precheck';
import { precheckSpec } from '../../lib/pack/precheck';
import { parsePack } from '../../lib/pack/load';

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
    // Every way of keeping a subset of the pieces, each piece its own element, against the same text in one node.
    for (let mask = 0; mask < 1 << sentences.length; mask++) {
      const kept = sentences.filter((_, i) => mask & (1 << i));
      const whole = pageIsAboutStory(page(`<p>${kept.join('')}</p>`));
      expect(pageIsAboutStory(page(kept.map((s) => `<span>${s}</span>`).join(''))), kept.join('|')).toBe(whole);
    }
  });
});

describe('the imported packs\' pre-check, added by the full script', () => {
  const port = parsePack(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/packs/port-strike-2025.json'), 'utf8')));
  const strikePage = "<p>Tomas Reyna said the dockers' walkout would go on.</p>";

  it('makes a page about an imported story about a story, until it is taken away', () => {
    expect(pageIsAboutStory(page(strikePage))).toBe(false);
    useImportedPrecheck([precheckSpec(port)]);
    try {
      expect(pageIsAboutStory(page(strikePage))).toBe(true);
      expect(mentionsStory('Port Carrow')).toBe(true);
      // The bundled packs still count.
      expect(pageIsAboutStory(page('<h1>Al-Sharaa in Baku</h1>'))).toBe(true);
    } finally {
      useImportedPrecheck([]);
    }
    expect(pageIsAboutStory(page(strikePage))).toBe(false);
    expect(mentionsStory('Port Carrow')).toBe(false);
  });
});
