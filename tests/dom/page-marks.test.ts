// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPageChecker } from '../../entrypoints/crosscheck-page/page-checker';
import type { Passage } from '../../lib/match/types';
import { defaultSettings, type Settings } from '../../lib/settings/schema';
import { CLAIMS, STORIES } from '../unit/reader/tale';

const SENTENCE = 'The envoys met twice at the lake on Monday.';
const NEXT = 'Nobody else came.';

/** Passages over the article's text as the matcher would give them (offsets into `text`). */
function passagesFor(text: string): Passage[] {
  const at = (s: string) => text.indexOf(s);
  const base: Pick<Passage, 'position' | 'verdicts' | 'evidence' | 'pack'> = { position: null, verdicts: { north: 'agrees', south: 'silent' }, evidence: [], pack: 'tale' };
  const s = at(SENTENCE);
  const n = at(NEXT);
  return [
    { ...base, start: s, end: s + SENTENCE.length, text: SENTENCE, claim: 'venue', status: 'agrees', cues: [{ start: at('lake'), end: at('lake') + 4 }] },
    { ...base, start: s, end: s + SENTENCE.length, text: SENTENCE, claim: 'count', status: 'contested', cues: [{ start: at('twice'), end: at('twice') + 5 }] },
    { ...base, start: s, end: s + SENTENCE.length, text: SENTENCE, claim: 'date', status: 'contradicts' },
    { ...base, start: at('on Monday'), end: s + SENTENCE.length - 1, text: 'on Monday', claim: null, status: 'unsourced', elements: ['on Monday'] },
    { ...base, start: n, end: n + NEXT.length, text: NEXT, claim: 'venue', status: 'agrees' },
  ];
}

async function check(settings: Settings = defaultSettings()) {
  document.body.innerHTML = `<article><h1>Envoys</h1><p>${SENTENCE} ${NEXT}</p></article>`;
  const checker = createPageChecker({
    doc: document,
    match: async (text) => ({ passages: passagesFor(text), claims: CLAIMS, stories: STORIES }),
    cancel: () => undefined,
    reportCounts: () => undefined,
    settings: () => settings,
    onAboutStory: () => undefined,
  });
  await checker.checkPage(true);
  return checker;
}

const marks = () => [...document.querySelectorAll('mark[data-crosscheck-id]')] as HTMLElement[];

afterEach(() => (document.body.innerHTML = ''));

describe('one mark per sentence', () => {
  it('a sentence read for several claims gets one mark, not nested marks', async () => {
    await check();
    const first = marks().filter((m) => m.textContent === SENTENCE);
    expect(first).toHaveLength(1);
    expect(first[0]!.querySelector('mark')).toBeNull();
  });

  it('the mark shows the most serious kind and counts its claims', async () => {
    await check();
    const mark = marks().find((m) => m.textContent === SENTENCE)!;
    expect(mark.getAttribute('data-crosscheck-status')).toBe('contradicts');
    expect(mark.getAttribute('data-crosscheck-count')).toBe('4');
    expect(mark.getAttribute('data-crosscheck-claims')).toBe('tale/date tale/count tale/open tale/venue');
    expect(mark.getAttribute('aria-description')).toBe('Crosscheck, 4 claims. Press Enter for the accounts.');
  });

  it('a sentence with one claim has no count', async () => {
    await check();
    const mark = marks().find((m) => m.textContent === NEXT)!;
    expect(mark.getAttribute('data-crosscheck-status')).toBe('agrees');
    expect(mark.hasAttribute('data-crosscheck-count')).toBe(false);
  });

  it('a mark is named for its verdict and its claim, in a role that may have a name', async () => {
    await check();
    const named = (text: string) => marks().find((m) => m.textContent === text)!;
    // `mark` may not be named (ARIA); a group may, and its words are still read.
    expect(named(SENTENCE).getAttribute('role')).toBe('group');
    expect(named(SENTENCE).getAttribute('aria-label')).toBe('Contradicts: On what day did they meet? (and 3 more claims)');
    expect(named(NEXT).getAttribute('aria-label')).toBe('Agrees: Where did the envoys meet?');
  });

  it('the checker knows each mark’s passages, most serious section first', async () => {
    const checker = await check();
    const [shown] = checker.current();
    expect(shown!.group.sections.map((s) => s.kind)).toEqual(['contradicts', 'contested', 'unsourced', 'agrees']);
    expect(checker.flagged()).toHaveLength(1);
  });

  it('the reader’s settings hide a status before marks are grouped: the count and kind follow', async () => {
    const settings = defaultSettings();
    settings.statuses.contradicts = false;
    settings.statuses.unsourced = false;
    await check(settings);
    const mark = marks().find((m) => m.textContent === SENTENCE)!;
    expect(mark.getAttribute('data-crosscheck-status')).toBe('contested');
    expect(mark.getAttribute('data-crosscheck-count')).toBe('2');
  });

  it('a misattribution is marked even when its status is switched off', async () => {
    const settings = defaultSettings();
    settings.statuses.agrees = false;
    document.body.innerHTML = `<article><p>${NEXT}</p></article>`;
    const checker = createPageChecker({
      doc: document,
      match: async (text) => ({
        passages: [{ start: 0, end: text.length, text, claim: 'venue', position: null, verdicts: {}, status: 'agrees', evidence: [], pack: 'tale', misattributed: true, credits: 'north' }],
        claims: CLAIMS,
        stories: STORIES,
      }),
      cancel: () => undefined,
      reportCounts: () => undefined,
      settings: () => settings,
      onAboutStory: () => undefined,
    });
    await checker.checkPage(true);
    expect(marks().map((m) => m.getAttribute('data-crosscheck-status'))).toEqual(['misattributed']);
  });
});
