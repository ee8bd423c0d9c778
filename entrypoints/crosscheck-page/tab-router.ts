import { scrollToAndFlash } from '../../lib/dom/scroll-flash';
import { createRouter, type Handlers } from '../../lib/messaging/router';
import { tabMessages, type PageState, type TabMessages } from '../../lib/messaging/tab-messages';
import type { NotesControl } from './notes';
import { claimKeyOf } from '../../lib/reader/group-marks';
import type { PageChecker, ShownMark } from './page-checker';

/**
 * Answers the popup and the keyboard shortcuts: the page's state, jumping to passages, showing and
 * hiding highlights. Jumps cycle: each call goes to the next passage after the last one visited.
 */
export function createTabRouter(
  getChecker: () => PageChecker,
  page: { enabled: () => boolean; setVisible: (v: boolean) => void; visible: () => boolean },
  notes: () => Promise<NotesControl | null> = async () => null,
) {
  const noNotes = () => new Error('Notes could not be loaded on this page');
  const cursors = new Map<string, number>();
  const jump = (key: string, list: ShownMark[]) => {
    if (!list.length) throw new Error('No such passage on this page');
    const index = ((cursors.get(key) ?? -1) + 1) % list.length;
    cursors.set(key, index);
    page.setVisible(true);
    scrollToAndFlash(list[index]!.marks[0]!);
    return { index, total: list.length };
  };
  const checker = {
    current: () => getChecker().current(),
    flagged: () => getChecker().flagged(),
    state: () => getChecker().state(),
  };
  const handlers: Handlers<TabMessages> = {
    'page.state': (): PageState => ({
      url: location.href,
      title: document.title,
      enabled: page.enabled(),
      aboutStory: checker.state().aboutStory,
      checking: checker.state().checking,
      visible: page.visible(),
      // Every passage shown, each once: a mark holds the passages of its sentence.
      passages: checker.current().flatMap((s) => s.group.passages),
      error: checker.state().error,
    }),
    // `claim` is a claim key ("pack/claim", or "pack/open" for what goes beyond every account).
    'page.scrollToClaim': ({ claim }) =>
      jump(`claim:${claim}`, checker.current().filter((s) => s.group.passages.some((p) => claimKeyOf(p) === claim))),
    'page.nextFlagged': () => jump('flagged', checker.flagged()),
    'page.setVisible': ({ visible }) => {
      const next = visible ?? !page.visible();
      page.setVisible(next);
      return { visible: next };
    },
    'page.addNote': async () => (await notes())?.addNote() ?? { opened: false },
    'page.scrollToNote': async ({ id }) => (await notes())?.scrollToNote(id) ?? { found: false },
    'page.notesChanged': async () => {
      const control = await notes();
      if (!control) throw noNotes();
      return control.refresh();
    },
  };
  // The schemas are built when the first message arrives, not on every page load.
  let route: ReturnType<typeof createRouter<TabMessages>> | null = null;
  return (raw: unknown, sender?: { tabId?: number; url?: string }) => (route ??= createRouter(tabMessages(), handlers))(raw, sender);
}
