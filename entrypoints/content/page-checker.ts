import type { Claim, ClaimSet } from '../../lib/claims/schema';
import { findArticleRoot } from '../../lib/dom/find-article-root';
import { highlightRanges, type Highlights } from '../../lib/dom/highlighter';
import { buildTextMap } from '../../lib/dom/text-map';
import { isAboutStory } from '../../lib/match/precheck';
import type { Passage, Status } from '../../lib/match/types';
import type { Settings } from '../../lib/settings/schema';
import { STATUS_TEXT } from '../../components/labels';

/** A passage shown in the page, with the marks that carry it. */
export interface ShownPassage {
  id: string;
  passage: Passage;
  marks: HTMLElement[];
}

export interface MatchAnswer {
  passages: Passage[];
  claims: Record<string, Claim>;
  seeds: ClaimSet['seeds'];
}

export interface CheckerDeps {
  doc: Document;
  match: (text: string, context?: string) => Promise<MatchAnswer>;
  reportCounts: (flagged: number, total: number) => void;
  settings: () => Settings;
  /** Called once, before the first highlight: page-wide setup that unrelated pages never need. */
  onAboutStory: () => void;
}

const FLAGGED: ReadonlySet<Status> = new Set(['contradicts', 'contested']);

/**
 * Checks a page: a cheap pre-check, then the article's text through the matcher (in the background),
 * then highlights. `checkAdded` re-checks only text the page added later.
 */
export function createPageChecker({ doc, match, reportCounts, settings, onAboutStory }: CheckerDeps) {
  const shown: ShownPassage[] = [];
  const handles: Highlights[] = [];
  const claims = new Map<string, Claim>();
  let seeds: ClaimSet['seeds'] = {};
  let aboutStory = false;
  let nextId = 0;
  let error: string | null = null;
  // The article's opening: added paragraphs are matched after it, so they are read as part of the story.
  let opening = '';
  const OPENING_CHARS = 2000;

  /** Matches the text under `root` and highlights what the reader's settings show. */
  async function checkRoot(root: Element, added = false): Promise<void> {
    const map = buildTextMap(root);
    if (!map.text.trim()) return;
    const answer = await match(map.text, added && opening ? opening : undefined);
    if (!added) opening = map.text.slice(0, OPENING_CHARS);
    for (const [id, claim] of Object.entries(answer.claims)) claims.set(id, claim);
    seeds = answer.seeds;
    const visible = settings().statuses;
    const passages = answer.passages.filter((p) => visible[p.status]);
    if (!passages.length || !root.isConnected) return;
    const ids = passages.map(() => `cc-${nextId++}`);
    const handle = highlightRanges(
      doc,
      map,
      passages.map((p, i) => ({
        start: p.start,
        end: p.end,
        attrs: {
          'data-crosscheck-status': p.status,
          'data-crosscheck-claim': p.claim,
          'data-crosscheck-id': ids[i]!,
          tabindex: '0',
          role: 'mark',
          'aria-description': `Crosscheck: ${STATUS_TEXT[p.status].label}. Press Enter for the accounts.`,
        },
      })),
    );
    handles.push(handle);
    handle.elements.forEach((marks, i) => {
      if (!marks.length) return;
      const last = marks[marks.length - 1]!;
      last.setAttribute('data-crosscheck-last', '');
      last.setAttribute('data-crosscheck-symbol', STATUS_TEXT[passages[i]!.status].symbol);
      shown.push({ id: ids[i]!, passage: passages[i]!, marks });
    });
  }

  function report(): void {
    const live = current();
    reportCounts(live.filter((s) => FLAGGED.has(s.passage.status)).length, live.length);
  }

  /** Passages whose marks are still in the page, in document order. */
  function current(): ShownPassage[] {
    const live = shown.filter((s) => s.marks[0]?.isConnected);
    if (live.length !== shown.length) shown.splice(0, shown.length, ...live);
    return live.sort((a, b) => (a.marks[0]!.compareDocumentPosition(b.marks[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  return {
    /** First check of the page. Returns false when the page is not about the story (nothing else ran). */
    async checkPage(): Promise<boolean> {
      const body = doc.body;
      if (!body || !isAboutStory(body.textContent ?? '')) return false;
      aboutStory = true;
      onAboutStory();
      try {
        await checkRoot(findArticleRoot(doc));
        error = null;
      } catch (err) {
        error = (err as Error).message;
      }
      report();
      return true;
    },
    /** Re-checks text the page added after load (never Crosscheck's own nodes; the watcher filters them). */
    async checkAdded(roots: Node[]): Promise<void> {
      if (!aboutStory) {
        if (!doc.body || !isAboutStory(doc.body.textContent ?? '')) return;
        aboutStory = true;
        onAboutStory();
        await checkRoot(findArticleRoot(doc));
        report();
        return;
      }
      const elements = topmost(roots.map((n) => (n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n.parentElement)));
      for (const el of elements) {
        // A subtree that already holds our marks was checked before; the page only moved it.
        if (el.querySelector('crosscheck-mark')) continue;
        try {
          await checkRoot(el, true);
        } catch (err) {
          error = (err as Error).message;
        }
      }
      report();
    },
    /** Removes every highlight, restoring the page's text. */
    clear(): void {
      for (const h of handles.splice(0)) h.destroy();
      shown.length = 0;
      report();
    },
    current,
    find: (id: string) => shown.find((s) => s.id === id),
    claim: (id: string) => claims.get(id),
    seeds: () => seeds,
    state: () => ({ aboutStory, error }),
    flagged: () => current().filter((s) => FLAGGED.has(s.passage.status)),
  };
}
export type PageChecker = ReturnType<typeof createPageChecker>;

/** Drops nulls, duplicates and elements inside another element of the list. */
function topmost(elements: Array<Element | null>): Element[] {
  const unique = [...new Set(elements.filter((e): e is Element => e !== null && e.isConnected))];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}
