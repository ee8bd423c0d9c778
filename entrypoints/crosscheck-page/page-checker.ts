import { findArticleRoot } from '../../lib/dom/find-article-root';
import { highlightRanges, type Highlights } from '../../lib/dom/highlighter';
import { buildTextMap, type TextMap } from '../../lib/dom/text-map';
import { unseenIn } from '../../lib/dom/rendered';
import { pageIsAboutStory } from '../../lib/dom/page-precheck';
import type { Passage } from '../../lib/match/types';
import { claimKey, type ClaimView, type StoryView } from '../../lib/pack/view';
import { groupPassages, type MarkGroup } from '../../lib/reader/group-marks';
import { DISPUTED, KIND_TEXT } from '../../lib/reader/kinds';
import type { Settings } from '../../lib/settings/schema';
import { STATUS_TEXT } from '../../components/labels';
import { measureSince, timed, type Timing } from './work-timing';
import { checkErrorText, isCancelledCheck } from '../../lib/reader/check-error';
import { shiftPassages } from '../../lib/messaging/shift-passages';
import { MAX_MATCH_CHARS } from '../../lib/messaging/match-limits';

/** Main-thread work per slice before yielding to the page (long tasks start at 50 ms). */
const SLICE_MS = 8;

/** Text per message to the matcher: a longer article goes in pieces (with room for the context). */
const PIECE_CHARS = MAX_MATCH_CHARS / 2;

/** Cuts `text` into spans of at most `max` characters, each ending at a line break where there is one. */
export function piecesOf(text: string, max: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  while (text.length - from > max) {
    const cut = text.lastIndexOf('\n', from + max - 1);
    const at = cut > from ? cut + 1 : text.lastIndexOf(' ', from + max - 1) > from ? text.lastIndexOf(' ', from + max - 1) + 1 : from + max;
    out.push({ start: from, end: at });
    from = at;
  }
  out.push({ start: from, end: text.length });
  return out;
}

/** Lets the page run (input, rendering) between slices of our work. */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r, 0));
};

/** A small structural check of the background's answer (the background built it with zod already). */
export function isMatchAnswer(value: unknown): value is MatchAnswer {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const isObject = (o: unknown) => !!o && typeof o === 'object' && !Array.isArray(o);
  return (
    Array.isArray(v.passages) &&
    v.passages.every((p: unknown) => {
      const q = p as Record<string, unknown> | null;
      return (
        isObject(q) &&
        Number.isInteger(q!.start) &&
        Number.isInteger(q!.end) &&
        typeof q!.status === 'string' &&
        q!.status in STATUS_TEXT &&
        (typeof q!.claim === 'string' || q!.claim === null) &&
        typeof q!.pack === 'string'
      );
    }) &&
    isObject(v.claims) &&
    isObject(v.stories)
  );
}

/**
 * Splits spans (sorted by start) into groups that never share a text node, so each group can be
 * highlighted in its own slice: a later group's map segments are still the page's own nodes.
 * One forward pass over the segments, since both lists are in text order.
 */
export function disjointGroups<T extends { start: number; end: number }>(map: Pick<TextMap, 'nodes'>, passages: T[]): T[][] {
  const segments = map.nodes;
  let seg = 0;
  // Index of the segment holding `offset` (or the next one after a separator); offsets never decrease.
  const segmentOf = (offset: number) => {
    while (seg < segments.length && segments[seg]!.end <= offset) seg++;
    return seg;
  };
  const groups: T[][] = [];
  let lastSegment = -1;
  for (const p of passages) {
    const first = segmentOf(p.start);
    if (first > lastSegment || !groups.length) groups.push([p]);
    else groups[groups.length - 1]!.push(p);
    // The end may lie beyond the next passage's start (overlap): scan from `first` without moving `seg`.
    let last = first;
    const endOffset = Math.max(p.start, p.end - 1);
    while (last < segments.length && segments[last]!.end <= endOffset) last++;
    lastSegment = Math.max(lastSegment, last);
  }
  return groups;
}

/** A mark shown in the page: the passages of one sentence (see groupPassages) and the elements that carry them. */
export interface ShownMark {
  id: string;
  group: MarkGroup;
  marks: HTMLElement[];
}

export interface MatchAnswer {
  passages: Passage[];
  /** By claim key ("pack/claim"). */
  claims: Record<string, ClaimView>;
  stories: Record<string, StoryView>;
}

export interface CheckerDeps {
  doc: Document;
  /** Sends the text to the matcher; the answer is checked here (see isMatchAnswer). `job` names it for `cancel`. */
  match: (text: string, context: string | undefined, job: string) => Promise<unknown>;
  /** Tells the matcher a check is no longer needed (its text left the page). */
  cancel: (job: string) => void;
  reportCounts: (flagged: number, total: number) => void;
  settings: () => Settings;
  /** Called once, before the first highlight: page-wide setup that unrelated pages never need. */
  onAboutStory: () => void;
  /**
   * Called once, when the first answer is in and just before its first highlight: a checker that
   * replaces another (the settings changed) removes the old highlights here, so the page never shows
   * none in between.
   */
  beforeFirstHighlight?: () => void;
  /** Called once per open shadow root of the page that gets marks (the page's style does not reach inside). */
  onShadowMarks?: (root: ShadowRoot) => void;
}

/**
 * A mark's accessible name: its verdict and its most serious claim, and how many more it carries
 * ("Contested: Did the envoys meet twice? (and 2 more claims)"). The role is `group`, not `mark`:
 * ARIA forbids naming a `mark`, and a group still lets a screen reader read the words inside.
 */
const markName = (g: MarkGroup, question: (key: string) => string | undefined) => {
  const more = g.sections.length - 1;
  const claim = question(g.sections[0]!.key) ?? 'Goes beyond every account';
  return `${KIND_TEXT[g.kind].label}: ${claim}${more ? ` (and ${more} more claim${more > 1 ? 's' : ''})` : ''}`;
};

/** What a screen reader hears after the name: whose mark it is and how to open the card. */
const ariaDescription = (g: MarkGroup) => `Crosscheck${g.sections.length > 1 ? `, ${g.sections.length} claims` : ''}. Press Enter for the accounts.`;

/** The last element of a mark carries the badge: the kind's symbol and, for several claims, their number. */
const lastAttrs = (g: MarkGroup): Record<string, string> =>
  g.sections.length > 1 ? { 'data-crosscheck-last': '', 'data-crosscheck-count': String(g.sections.length) } : { 'data-crosscheck-last': '' };

/**
 * The passages a reader's settings show: those of a status switched on, and every misattribution
 * (the settings list statuses; crediting an account with what it did not say is an error about a
 * source, shown whatever the passage's status).
 */
const shownBySettings = (passages: Passage[], settings: Settings) => passages.filter((p) => settings.statuses[p.status] || p.misattributed);

/**
 * Checks a page: a cheap pre-check, then the article's text through the matcher (in the background),
 * then highlights. `checkAdded` re-checks only text the page added later.
 */
export function createPageChecker({ doc, match, cancel, reportCounts, settings, onAboutStory, beforeFirstHighlight, onShadowMarks }: CheckerDeps) {
  const shadowRoots = new WeakSet<ShadowRoot>();
  let replacing = beforeFirstHighlight;
  const shown: ShownMark[] = [];
  const handles: Highlights[] = [];
  const claims = new Map<string, ClaimView>();
  const stories = new Map<string, StoryView>();
  let aboutStory = false;
  let nextId = 0;
  let error: string | null = null;
  /** Checks under way, so the popup can say "checking" rather than "nothing found" meanwhile. */
  let checking = 0;
  // The article's opening and the latest added text: added paragraphs are matched after them, so a
  // live blog's third entry is read in the light of the first two.
  let opening = '';
  let recent = '';
  const OPENING_CHARS = 2000;
  const RECENT_CHARS = 2000;

  // Bumped by clear(): a check still highlighting in slices stops when it sees a newer generation.
  let generation = 0;
  // Checks the matcher is still working on, by job id, with the element whose text they read.
  const inflight = new Map<string, Element>();
  const jobPrefix = `${Math.random().toString(36).slice(2, 10)}-`;
  let nextJob = 0;
  /** Stops the matcher's work on text that left the page (or on everything, after clear()). */
  const cancelStale = (all = false) => {
    for (const [job, root] of inflight) if (all || !root.isConnected) cancel(job);
  };

  /** Matches the text under `root` and highlights what the reader's settings show, in slices. */
  async function checkRoot(root: Element, added = false, timing: Timing = false): Promise<void> {
    const gen = generation;
    // Only the text the reader sees is judged (lib/dom/rendered.ts).
    const textMapOf = (el: Element) => buildTextMap(el, { unseen: unseenIn(doc) });
    let map = timed(timing, 'text-map', () => textMapOf(root));
    if (!map.text.trim()) return;
    // Sending serializes the whole text (several ms on a long page): a task of its own.
    await yieldToPage();
    const context = added ? `${opening}\n${recent}`.trim() : '';
    const answer: MatchAnswer = { passages: [], claims: {}, stories: {} };
    // An article longer than one message holds is read in pieces, each after the end of the one before.
    const pieces = piecesOf(map.text, PIECE_CHARS);
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      const text = map.text.slice(piece.start, piece.end);
      // A later piece is read after the article's opening (which names the story) and the end of the piece before.
      const before = i === 0 ? context : `${map.text.slice(0, OPENING_CHARS)}\n${map.text.slice(Math.max(OPENING_CHARS, piece.start - RECENT_CHARS), piece.start)}`;
      const job = `${jobPrefix}${nextJob++}`;
      inflight.set(job, root);
      let raw: unknown;
      try {
        // Timed up to the first await: sending serializes the whole text on this thread.
        const sent = timed(timing, 'send', () => match(text, before || undefined, job));
        raw = await sent;
      } finally {
        inflight.delete(job);
      }
      const part = timed(timing, 'receive', () => {
        if (!isMatchAnswer(raw)) throw new Error('Malformed answer to "match"');
        return raw;
      });
      answer.passages.push(...shiftPassages(part.passages, piece.start));
      Object.assign(answer.claims, part.claims);
      Object.assign(answer.stories, part.stories);
      if (!root.isConnected || gen !== generation) return;
    }
    if (added) recent = `${recent}\n${map.text}`.slice(-RECENT_CHARS);
    if (gen !== generation) return;
    if (replacing) {
      // The old highlights go in the same task as the first new ones. Removing them rejoins the
      // text nodes they split, so the map is read again (same text, same offsets, new nodes).
      replacing();
      replacing = undefined;
      map = textMapOf(root);
    }
    const groups = timed(timing, 'prepare', () => {
      if (!added) opening = map.text.slice(0, OPENING_CHARS);
      for (const [id, claim] of Object.entries(answer.claims)) claims.set(id, claim);
      for (const [id, story] of Object.entries(answer.stories)) stories.set(id, story);
      // One mark per sentence, in text order (groupPassages sorts).
      return disjointGroups(map, groupPassages(shownBySettings(answer.passages, settings())));
    });
    let batch = 8; // groups per slice, adapted to keep each slice near SLICE_MS
    for (let g = 0; g < groups.length; ) {
      if (!root.isConnected || gen !== generation) return;
      const slice = groups.slice(g, g + batch).flat();
      const t0 = performance.now();
      timed(timing, 'highlight', () => highlightSlice(map, slice));
      const took = performance.now() - t0;
      g += batch;
      batch = Math.max(1, Math.min(batch * 4, Math.round((batch * SLICE_MS) / Math.max(took, 0.5))));
      if (g < groups.length) await yieldToPage();
    }
  }

  function highlightSlice(map: TextMap, slice: MarkGroup[]): void {
    const first = nextId;
    nextId += slice.length;
    const handle = highlightRanges(
      doc,
      map,
      slice.map((g, i) => ({
        start: g.start,
        end: g.end,
        attrs: {
          'data-crosscheck-status': g.kind,
          // Space-separated, most serious first: `[data-crosscheck-claims~="pack/claim"]` finds a claim's marks.
          'data-crosscheck-claims': g.sections.map((s) => s.key).join(' '),
          'data-crosscheck-id': `cc-${first + i}`,
          tabindex: '0',
          role: 'group',
          'aria-label': markName(g, (key) => claims.get(key)?.question),
          'aria-description': ariaDescription(g),
        },
        lastAttrs: lastAttrs(g),
      })),
    );
    handles.push(handle);
    handle.elements.forEach((marks, i) => {
      if (!marks.length) return;
      shown.push({ id: `cc-${first + i}`, group: slice[i]!, marks });
      for (const m of marks) {
        const root = m.getRootNode();
        if (root.nodeType === 11 && !shadowRoots.has(root as ShadowRoot)) {
          shadowRoots.add(root as ShadowRoot);
          onShadowMarks?.(root as ShadowRoot);
        }
      }
    });
  }

  function report(): void {
    // Counts only: no need for current()'s document-order sort.
    let total = 0;
    let flagged = 0;
    for (const s of shown) {
      if (!s.marks[0]?.isConnected) continue;
      total++;
      if (DISPUTED.has(s.group.kind)) flagged++;
    }
    reportCounts(flagged, total);
  }

  /** Marks still in the page, in document order. */
  function current(): ShownMark[] {
    const live = shown.filter((s) => s.marks[0]?.isConnected);
    if (live.length !== shown.length) shown.splice(0, shown.length, ...live);
    return live.sort((a, b) => (a.marks[0]!.compareDocumentPosition(b.marks[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  return {
    /**
     * First check of the page. Returns false when the page is not about the story (nothing else ran).
     * `knownAbout`: the small content script's pre-check passed already; not run twice.
     */
    async checkPage(knownAbout = false): Promise<boolean> {
      const body = doc.body;
      if (!body || !(knownAbout || timed(true, 'precheck', () => pageIsAboutStory(body)))) return false;
      aboutStory = true;
      checking++;
      timed(true, 'setup', onAboutStory);
      await yieldToPage();
      try {
        const root = timed(true, 'article-root', () => findArticleRoot(doc));
        await yieldToPage();
        await checkRoot(root, false, true);
        error = null;
      } catch (err) {
        noteError(err);
      } finally {
        checking--;
      }
      timed(true, 'report', report);
      return true;
    },
    /** Re-checks text the page added after load (never Crosscheck's own nodes; the watcher filters them). */
    async checkAdded(roots: Node[]): Promise<void> {
      // The page changed again: what it took away need not be read any more.
      cancelStale();
      checking++;
      const started = performance.now();
      try {
        await checkAddedNow(roots);
      } finally {
        checking--;
        // Bench builds only: the span of this re-check, which the bench sums its recheck measures in.
        measureSince('crosscheck:recheck', started);
      }
    },
    /** Removes every highlight, restoring the page's text. */
    clear(): void {
      generation++;
      cancelStale(true);
      for (const h of handles.splice(0)) h.destroy();
      shown.length = 0;
      report();
    },
    current,
    find: (id: string) => shown.find((s) => s.id === id),
    /** A passage's claim (null for an open-world passage) and its story. */
    claimOf: (p: Passage) => (p.claim ? claims.get(claimKey(p.pack, p.claim)) ?? null : null),
    story: (pack: string) => stories.get(pack),
    storyCount: () => stories.size,
    state: () => ({ aboutStory, error, checking: checking > 0 }),
    /** Marks in dispute (misattributed, contradicted, contested): what next-flagged walks and the badge counts. */
    flagged: () => current().filter((s) => DISPUTED.has(s.group.kind)),
  };

  /** The popup tells the reader in words (lib/reader/check-error.ts); the details go to the console. */
  function noteError(err: unknown): void {
    if (isCancelledCheck(err)) return;
    console.warn('Crosscheck: checking this page failed:', err);
    error = checkErrorText(err);
  }

  /** The work of checkAdded: a page that became about the story, or only its added subtrees. */
  async function checkAddedNow(roots: Node[]): Promise<void> {
    if (!aboutStory) {
      if (!doc.body || !pageIsAboutStory(doc.body)) return;
      aboutStory = true;
      onAboutStory();
      await checkRoot(findArticleRoot(doc), false, 'recheck');
      report();
      return;
    }
    // A new <body> (a Turbo-style visit) is a new page: its article is checked as a whole.
    if (roots.some((n) => n === doc.body || n === doc.documentElement)) {
      await checkRoot(findArticleRoot(doc), false, 'recheck');
      report();
      return;
    }
    const elements = topmost(roots.map((n) => (n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n.parentElement)));
    for (const el of elements) {
      // A subtree that already holds our marks was checked before; the page only moved it.
      if (el.querySelector('mark[data-crosscheck-id]')) continue;
      try {
        await checkRoot(el, true, 'recheck');
      } catch (err) {
        noteError(err);
      }
    }
    report();
  }
}
export type PageChecker = ReturnType<typeof createPageChecker>;

/** Drops nulls, duplicates and elements inside another element of the list. */
function topmost(elements: Array<Element | null>): Element[] {
  const unique = [...new Set(elements.filter((e): e is Element => e !== null && e.isConnected))];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}
