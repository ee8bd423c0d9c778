// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesView } from '../../components/NotesView';
import { createNotesState, type NotesApi } from '../../components/notes-state';
import { Popup } from '../../components/Popup';
import { createPopupState, type PopupApi } from '../../components/popup-state';
import { findPassages } from '../../lib/match/find-passages';
import type { PageState } from '../../lib/messaging/tab-messages';
import { bakuPackData } from '../../lib/pack/load';
import { claimView, storyView } from '../../lib/pack/view';
import type { Command } from '../../lib/reader/shortcuts';

const SENTENCE = 'Syrian and Israeli officials met in Baku on Saturday on the sidelines of President Ahmed al-Sharaa’s visit to Azerbaijan.';
const hiddenPage: PageState = {
  url: 'https://news.example/a', title: 'A', enabled: true, aboutStory: true, checking: false, visible: false,
  passages: findPassages(SENTENCE, bakuPackData), error: null,
};
const until = async (test: () => boolean, ms = 3000) => {
  for (const start = Date.now(); !test(); ) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

function mountPopup(commands: Command[], showHighlights: PopupApi['showHighlights'] = async () => {}) {
  const api: PopupApi = {
    pageState: async () => hiddenPage,
    scrollToClaim: async () => ({ index: 0, total: 1 }),
    siteEnabled: async () => ({ site: 'news.example', enabled: true }),
    setSiteEnabled: async () => {},
    openOptions: () => {},
    showHighlights,
    copyText: async () => {},
  };
  const root = document.createElement('div');
  document.body.append(root);
  const views = { stories: [storyView(bakuPackData)], claims: bakuPackData.claims.map((c) => claimView(bakuPackData, c.id)!) };
  render(<Popup state={createPopupState()} api={api} views={views} commands={commands} />, root);
  return root;
}
const showButton = (root: Element) => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Show them');

afterEach(() => (document.body.innerHTML = ''));

describe('the popup names shortcuts as the browser has them', () => {
  it('names the key the reader set for showing highlights, not the manifest default', async () => {
    const root = mountPopup([{ name: 'toggle-highlights', shortcut: 'Ctrl+Shift+Y' }]);
    await until(() => root.textContent!.includes('Highlights are hidden'));
    expect(root.textContent).toContain('(or Ctrl+Shift+Y)');
    expect(root.textContent).not.toContain('Alt+Shift');
    expect(root.querySelector('.cc-foot')!.textContent).toContain('Ctrl+Shift+Y highlights on/off');
    expect(root.querySelector('.cc-foot')!.textContent).not.toContain('next disputed passage');
  });

  it('with no key set, offers a button that shows the highlights, and names no key', async () => {
    let asked = 0;
    const root = mountPopup([{ name: 'toggle-highlights', shortcut: '' }], async () => void asked++);
    await until(() => !!showButton(root));
    expect(root.textContent).not.toMatch(/\(or /);
    expect(root.querySelector('.cc-foot')!.textContent).not.toContain('highlights on/off');
    showButton(root)!.click();
    await until(() => !root.textContent!.includes('Highlights are hidden'));
    expect(asked).toBe(1);
  });

  it('says what went wrong when the page could not show them', async () => {
    const root = mountPopup([], async () => Promise.reject(new Error('the page was closed')));
    await until(() => !!showButton(root));
    showButton(root)!.click();
    await until(() => root.textContent!.includes('could not be shown'));
    expect(root.textContent).toContain('the page was closed');
  });

  it('"My notes" mentions the add-note key only when one is set', async () => {
    const mount = (addNoteKey: string | null) => {
      const api = {
        pageUrl: async () => 'https://news.example/empty',
        listForUrl: async () => [],
        search: async () => ({ notes: [], total: 0 }),
        pageStatus: async () => ({ placed: [], orphaned: [] }),
        persist: async () => true,
      } as unknown as NotesApi;
      const root = document.createElement('div');
      document.body.append(root);
      render(<NotesView state={createNotesState()} api={api} claims={[]} addNoteKey={addNoteKey} />, root);
      return root;
    };
    const withKey = mount('Ctrl+Shift+E');
    const without = mount(null);
    await until(() => withKey.textContent!.includes('No notes on this page yet') && without.textContent!.includes('No notes on this page yet'));
    expect(withKey.textContent).toContain('(or Ctrl+Shift+E)');
    expect(without.textContent).toContain('press “Add note”.');
    expect(without.textContent).not.toContain('Alt+Shift');
  });
});
