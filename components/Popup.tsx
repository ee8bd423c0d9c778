import { useEffect } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { ClaimView, StoryView } from '../lib/pack/view';
import { claimsOnPage, summaryLine } from '../lib/reader/claims-on-page';
import { ClaimList, ClaimSetOverview } from './ClaimList';
import { CopyReport } from './CopyReport';
import { Keys } from './Keys';
import { Legend } from './Legend';
import { TabList, TabPanel, type Tab } from './PopupTabs';
import type { PopupApi, PopupState, PopupView } from './popup-state';
import { shortcutOf, type Command } from '../lib/reader/shortcuts';

const CHECKING_POLL_MS = 400;

/** The enabled stories and their claims, for the overview. */
export type PackViews = { stories: StoryView[]; claims: ClaimView[] };

type Props = {
  state: PopupState;
  api: PopupApi;
  views: PackViews;
  notesView?: ComponentChildren;
  /** The shortcuts as the browser has them now (`browser.commands.getAll()`). */
  commands?: readonly Command[];
};

const TABS: ReadonlyArray<Tab<PopupView>> = [
  { id: 'page', label: 'This page' },
  { id: 'claims', label: 'All claims' },
  { id: 'notes', label: 'My notes' },
];

/** The shortcuts the footer recalls, each only while the reader has a key for it. */
const FOOT_KEYS = [
  ['toggle-highlights', 'highlights on/off'],
  ['next-flagged', 'next disputed passage'],
] as const;

/** The toolbar popup: what is in dispute on this page first, the whole claim set, and notes. */
export function Popup({ state, api, views, notesView, commands = [] }: Props) {
  useEffect(() => {
    void (async () => {
      try {
        const site = await api.siteEnabled();
        state.site.value = site.site;
        state.siteEnabled.value = site.enabled;
        state.page.value = await api.pageState();
      } catch (err) {
        state.error.value = (err as Error).message;
      } finally {
        state.loading.value = false;
      }
    })();
  }, []);

  // While the page is still being checked (a long article, a live blog adding text), ask again
  // until it is done, so the list fills in instead of saying "nothing found" too early.
  const checking = state.page.value?.checking ?? false;
  useEffect(() => {
    if (!checking) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const next = await api.pageState();
        if (!cancelled) state.page.value = next;
      } catch {
        /* the page navigated away; what is shown stays */
      }
    }, CHECKING_POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [checking, state.page.value]);

  const toggleSite = async (enabled: boolean) => {
    state.siteEnabled.value = enabled;
    await api.setSiteEnabled(enabled);
    try {
      state.page.value = await api.pageState();
    } catch {
      /* the page may be reloading; the next open shows it */
    }
  };

  const jump = async (claim: string) => {
    try {
      const { index, total } = await api.scrollToClaim(claim);
      state.jumpInfo.value = `Passage ${index + 1} of ${total}`;
    } catch (err) {
      state.jumpInfo.value = `Could not scroll: ${(err as Error).message}`;
    }
  };

  return (
    <div class="cc-popup">
      <header class="cc-popup__bar">
        <h1>Crosscheck</h1>
        <TabList tabs={TABS} selected={state.view.value} onSelect={(id) => (state.view.value = id)} label="Views" />
      </header>
      <main>
        {state.site.value && (
          <div class="cc-site">
            <label>
              <input type="checkbox" checked={state.siteEnabled.value} onChange={(e) => void toggleSite((e.target as HTMLInputElement).checked)} />
              Highlight on <strong>{state.site.value}</strong>
            </label>
            {state.jumpInfo.value && <span aria-live="polite">{state.jumpInfo.value}</span>}
          </div>
        )}
        <TabPanel id="page" selected={state.view.value === 'page'}>
          <PageView state={state} api={api} views={views} onJump={jump} toggleKey={shortcutOf(commands, 'toggle-highlights')} />
        </TabPanel>
        <TabPanel id="claims" selected={state.view.value === 'claims'}>
          {views.stories.map((story) => (
            <p class="cc-summaryline" key={story.pack}>
              {views.claims.filter((c) => c.pack === story.pack).length} claims from the {story.accounts.map((a) => a.name).join(', ')} accounts of{' '}
              {story.title}.
            </p>
          ))}
          <ClaimSetOverview stories={views.stories} claims={views.claims} />
        </TabPanel>
        <TabPanel id="notes" selected={state.view.value === 'notes'}>
          {notesView ?? <p class="cc-loading">Notes are not available.</p>}
        </TabPanel>
      </main>
      <footer class="cc-foot">
        <span>
          {FOOT_KEYS.flatMap(([name, what]) => {
            const key = shortcutOf(commands, name);
            return key ? [{ key, what }] : [];
          }).map(({ key, what }, i) => (
            <span key={key}>
              {i > 0 && ' · '}
              <Keys shortcut={key} /> {what}
            </span>
          ))}
        </span>
        <a href="#" onClick={(e) => (e.preventDefault(), api.openOptions())}>
          Options
        </a>
      </footer>
    </div>
  );
}

function PageView({
  state,
  api,
  views,
  onJump,
  toggleKey,
}: {
  state: PopupState;
  api: PopupApi;
  views: PackViews;
  onJump: (id: string) => void;
  /** The key that shows and hides highlights, when the reader has one. */
  toggleKey: string | null;
}) {
  if (state.loading.value) return <p class="cc-loading">Reading this page…</p>;
  const page = state.page.value;
  const intro = (
    <>
      <p class="cc-summaryline">Here is the whole story as the accounts tell it:</p>
      <ClaimSetOverview stories={views.stories} claims={views.claims} />
    </>
  );
  if (state.error.value || !page) {
    return (
      <>
        <div class="cc-error" role="alert">
          <strong>Crosscheck cannot read this page.</strong> Browser pages and extension stores are off limits; for a local file, turn on
          “Allow access to file URLs” in the extension's details. If the page was open before Crosscheck was installed or updated,
          reload it. ({state.error.value ?? 'no answer'})
        </div>
        {intro}
      </>
    );
  }
  if (!state.siteEnabled.value || !page.enabled) {
    return <div class="cc-empty">Crosscheck is switched off for this site. Tick the box above to check it again.</div>;
  }
  if (page.error) {
    return (
      <div class="cc-error" role="alert">
        <strong>Checking this page failed:</strong> {page.error}. Reload the page to check it again.
      </div>
    );
  }
  const claims = Object.fromEntries(views.claims.map((c) => [`${c.pack}/${c.id}`, c]));
  const stories = Object.fromEntries(views.stories.map((s) => [s.pack, s]));
  const items = claimsOnPage(page.passages, claims, stories);
  if (items.length === 0 && page.checking) {
    return (
      <p class="cc-loading" role="status">
        Checking this page against the accounts…
      </p>
    );
  }
  if (items.length === 0) {
    // Said of the stories that are on (their packs' titles), so another pack's story reads right too.
    const titles = views.stories.map((s) => `“${s.title}”`);
    const followed = titles.length === 1 ? `the story ${titles[0]}` : titles.length ? `the stories ${titles.join(' and ')}` : 'a story';
    return (
      <>
        <div class="cc-empty">
          <h2>Nothing on this page touches {titles.length > 1 ? 'the stories Crosscheck follows' : 'the story Crosscheck follows'}.</h2>
          {page.aboutStory
            ? 'The page mentions the story, but no passage matches a claim of its accounts.'
            : `Crosscheck looks for passages about ${followed}.`}
        </div>
        {intro}
      </>
    );
  }
  return (
    <>
      <div class="cc-summarybar">
        <p class="cc-summaryline cc-summaryline--page">
          <strong>{summaryLine(items)}</strong>
          {!page.visible && (
            <>
              {' Highlights are hidden. '}
              <button
                type="button"
                class="cc-linkbutton"
                onClick={() =>
                  void api.showHighlights().then(
                    () => (state.page.value = { ...page, visible: true }),
                    (err: Error) => (state.error.value = `The highlights could not be shown: ${err.message}`),
                  )
                }
              >
                Show them
              </button>
              {toggleKey && ` (or ${toggleKey})`}
            </>
          )}
          {page.checking && <span role="status"> Still checking…</span>}
        </p>
        <CopyReport state={state} api={api} page={page} items={items} />
      </div>
      <ClaimList items={items} showStory={views.stories.length > 1} onJump={onJump} />
      <details class="cc-legend-fold">
        <summary>What the marks on the page mean</summary>
        <Legend />
      </details>
    </>
  );
}
