// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../components/Popup';
import { createPopupState, type PopupApi } from '../../components/popup-state';
import type { Passage } from '../../lib/match/types';
import type { PageState } from '../../lib/messaging/tab-messages';
import { passage } from '../unit/reader/make-passage';
import { CLAIMS, TALE } from '../unit/reader/tale';

const VIEWS = { stories: [TALE], claims: Object.values(CLAIMS) };
const page = (passages: Passage[]): PageState => ({
  url: 'https://news.example/a', title: 'Envoys', enabled: true, aboutStory: true, checking: false, visible: true, passages, error: null,
});

function mount(passages: Passage[], copyText: PopupApi['copyText'] = async () => {}) {
  const copied: string[] = [];
  const api: PopupApi = {
    pageState: async () => page(passages),
    scrollToClaim: async () => ({ index: 0, total: 1 }),
    siteEnabled: async () => ({ site: 'news.example', enabled: true }),
    setSiteEnabled: async () => {},
    openOptions: () => {},
    showHighlights: async () => {},
    copyText: async (text) => (copied.push(text), copyText(text)),
  };
  const root = document.createElement('div');
  document.body.append(root);
  const state = createPopupState();
  render(<Popup state={state} api={api} views={VIEWS} />, root);
  return { root, copied, state };
}

const until = async (test: () => boolean, ms = 3000) => {
  for (const start = Date.now(); !test(); ) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

const DISPUTED = [
  passage(0, 27, { claim: 'venue' }),
  passage(28, 60, { claim: 'count', status: 'contested' }),
  passage(61, 78, { claim: null, status: 'unsourced', elements: ['Nobody else'] }),
  passage(0, 27, { claim: 'date', status: 'contradicts' }),
];

afterEach(() => (document.body.innerHTML = ''));

describe('the popup on a page with disputes', () => {
  it('opens with the summary line, then the claims, disputes first', async () => {
    const { root } = mount(DISPUTED);
    await until(() => root.querySelectorAll('.cc-claim').length === 4);
    expect(root.querySelector('.cc-summaryline--page')!.textContent).toBe('2 points in dispute on this page, 1 that no account backs, 1 in agreement with the accounts.');
    expect([...root.querySelectorAll('.cc-claim')].map((c) => c.getAttribute('data-kind'))).toEqual(['contradicts', 'contested', 'unsourced', 'agrees']);
  });

  it('quotes the page’s passages in their own direction and links each version to its original article', async () => {
    const { root } = mount(DISPUTED);
    await until(() => root.querySelectorAll('.cc-claim').length === 4);
    const contested = root.querySelector('.cc-claim[data-kind="contested"]')!;
    expect(contested.querySelector('.cc-onpage q')!.getAttribute('dir')).toBe('auto');
    expect(contested.querySelector('.cc-onpage')!.textContent).toBe('They spoke twice, a source said.');
    expect([...contested.querySelectorAll('.cc-source a')].map((a) => [a.textContent, a.getAttribute('href')])).toContainEqual(['original article', 'https://relay.example/a_(b)']);
  });

  it('has the legend, folded', async () => {
    const { root } = mount(DISPUTED);
    await until(() => root.querySelectorAll('.cc-claim').length === 4);
    expect(root.querySelector('details.cc-legend-fold .cc-legend')).not.toBeNull();
  });
});

describe('the popup on a page where everything agrees', () => {
  it('says plainly that nothing is in dispute', async () => {
    const { root } = mount([passage(0, 27, { claim: 'venue' }), passage(28, 60, { claim: 'count' })]);
    await until(() => root.querySelectorAll('.cc-claim').length === 2);
    expect(root.querySelector('.cc-summaryline--page')!.textContent).toBe('Nothing on this page is in dispute: 2 points in agreement with the accounts.');
  });
});

describe('Copy report', () => {
  it('copies the page’s report as Markdown and says so', async () => {
    const { root, copied } = mount(DISPUTED);
    await until(() => root.querySelector('.cc-copy__button') !== null);
    (root.querySelector('.cc-copy__button') as HTMLButtonElement).click();
    await until(() => root.querySelector('.cc-copy__status')!.textContent === 'Copied as Markdown');
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^# Crosscheck: Envoys\n\n<https:\/\/news\.example\/a>\n\n2 points in dispute/);
    expect(copied[0]!.indexOf('✗ Contradicts')).toBeLessThan(copied[0]!.indexOf('✓ Agrees'));
  });

  it('when the clipboard is refused, says what to do and offers the report selected', async () => {
    const { root } = mount(DISPUTED, async () => {
      throw new DOMException('Write permission denied.', 'NotAllowedError');
    });
    await until(() => root.querySelector('.cc-copy__button') !== null);
    (root.querySelector('.cc-copy__button') as HTMLButtonElement).click();
    await until(() => root.querySelector('.cc-copy__error') !== null);
    const error = root.querySelector('.cc-copy__error')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('Write permission denied.');
    expect(error.textContent).toContain('Ctrl+C');
    expect((error.querySelector('textarea') as HTMLTextAreaElement).value).toMatch(/^# Crosscheck: Envoys/);
    expect(root.querySelector('.cc-copy__status')!.textContent).toBe('');
  });
});
