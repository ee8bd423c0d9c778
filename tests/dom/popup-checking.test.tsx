// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../components/Popup';
import { createPopupState, type PopupApi } from '../../components/popup-state';
import { bakuPackData } from '../../lib/pack/load';
import { claimView, storyView } from '../../lib/pack/view';
import { findPassages } from '../../lib/match/find-passages';
import type { PageState } from '../../lib/messaging/tab-messages';

const SENTENCE = 'Syrian and Israeli officials met in Baku on Saturday on the sidelines of President Ahmed al-Sharaa’s visit to Azerbaijan.';
const page = (over: Partial<PageState>): PageState => ({
  url: 'https://news.example/a', title: 'A', enabled: true, aboutStory: true, checking: false, visible: true, passages: [], error: null, ...over,
});

function mount(answers: PageState[]) {
  const calls: number[] = [];
  const api: PopupApi = {
    pageState: async () => (calls.push(Date.now()), answers[Math.min(calls.length - 1, answers.length - 1)]!),
    scrollToClaim: async () => ({ index: 0, total: 1 }),
    siteEnabled: async () => ({ site: 'news.example', enabled: true }),
    setSiteEnabled: async () => {},
    openOptions: () => {},
    showHighlights: async () => {},
    copyText: async () => {},
  };
  const root = document.createElement('div');
  document.body.append(root);
  const views = { stories: [storyView(bakuPackData)], claims: bakuPackData.claims.map((c) => claimView(bakuPackData, c.id)!) };
  render(<Popup state={createPopupState()} api={api} views={views} />, root);
  return { root, calls };
}

const until = async (test: () => boolean, ms = 3000) => {
  for (const start = Date.now(); !test(); ) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

afterEach(() => (document.body.innerHTML = ''));

describe('popup while the page is being checked', () => {
  it('says it is checking, not "nothing found", and fills in when the check is done', async () => {
    const passages = findPassages(SENTENCE, bakuPackData);
    expect(passages.length).toBeGreaterThan(0);
    const { root, calls } = mount([page({ checking: true }), page({ checking: true }), page({ passages })]);
    await until(() => root.textContent!.includes('Checking this page'));
    expect(root.textContent).not.toContain('Nothing on this page');
    await until(() => root.querySelectorAll('.cc-claim').length > 0);
    expect(calls.length).toBe(3);
    expect(root.textContent).not.toContain('Checking this page');
    // Done: no more asking.
    await new Promise((r) => setTimeout(r, 600));
    expect(calls.length).toBe(3);
  });

  it('a finished check with nothing found says so, once', async () => {
    const { root, calls } = mount([page({ aboutStory: false })]);
    await until(() => root.textContent!.includes('Nothing on this page'));
    await new Promise((r) => setTimeout(r, 600));
    expect(calls.length).toBe(1);
  });
});
