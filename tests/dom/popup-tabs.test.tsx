// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../components/Popup';
import { createPopupState, type PopupApi } from '../../components/popup-state';
import { CLAIMS, TALE } from '../unit/reader/tale';

const VIEWS = { stories: [TALE], claims: Object.values(CLAIMS) };
const api: PopupApi = {
  pageState: async () => ({ url: 'https://news.example/a', title: 'A', enabled: true, aboutStory: false, checking: false, visible: true, passages: [], error: null }),
  scrollToClaim: async () => ({ index: 0, total: 1 }),
  siteEnabled: async () => ({ site: 'news.example', enabled: true }),
  setSiteEnabled: async () => {},
  openOptions: () => {},
  showHighlights: async () => {},
  copyText: async () => {},
};

function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  const state = createPopupState();
  render(<Popup state={state} api={api} views={VIEWS} />, root);
  const tabs = () => [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
  return { root, state, tabs };
}
const press = (el: Element, key: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => (document.body.innerHTML = ''));

describe('the popup’s tabs', () => {
  it('each tab controls a panel that is labelled by it, and only the selected one is a Tab stop', () => {
    const { root, tabs } = mount();
    for (const tab of tabs()) {
      const panel = root.querySelector(`#${tab.getAttribute('aria-controls')}`)!;
      expect(panel.getAttribute('role')).toBe('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).toBe(tab.id);
      expect(panel.hasAttribute('hidden')).toBe(tab.getAttribute('aria-selected') !== 'true');
    }
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  });

  it.each([
    ['ArrowRight', ['page'], 'claims'],
    ['ArrowLeft', ['page'], 'notes'],
    ['End', ['page'], 'notes'],
    ['Home', ['notes'], 'page'],
    ['ArrowRight', ['notes'], 'page'],
  ] as const)('%s from %j selects and focuses %s', async (key, [from], to) => {
    const { state, tabs } = mount();
    state.view.value = from;
    await flush();
    const current = tabs().find((t) => t.getAttribute('aria-selected') === 'true')!;
    current.focus();
    press(current, key);
    await flush();
    expect(state.view.value).toBe(to);
    expect(document.activeElement?.id).toBe(`cc-tab-${to}`);
    expect(tabs().filter((t) => t.tabIndex === 0).map((t) => t.id)).toEqual([`cc-tab-${to}`]);
  });
});
