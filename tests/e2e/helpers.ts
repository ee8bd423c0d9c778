import { expect, type Frame, type Locator, type Page, type Worker } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHOTS_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

type CdpNode = { nodeId: number; localName?: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[]; contentDocument?: CdpNode };

/**
 * The card lives in a closed shadow root that page scripts (and Playwright locators) cannot enter;
 * the DevTools protocol can, so tests read it the way the reader sees it.
 */
export interface CardView {
  text: string;
  width: number;
  height: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
  display: string;
  direction: string;
  questions: number;
  versions: number;
  /** The claim key of each section, in order (folded ones included). */
  sections: string[];
  /** The words marked inside the quoted passage. */
  cues: string[];
  passage: string;
  passageDir: string | null;
  /** Elements inside the card that stick out of it sideways (clipped text). */
  overflowing: number;
  /** Its content is taller than the card: the reader has to scroll inside it. */
  scrolls: boolean;
  /** The card's first heading, and the name its dialog role gets from it. */
  heading: string | null;
  label: string | null;
}

export async function readCard(page: Page): Promise<CardView | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, (n) => uiHostName(n) === 'card');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      returnByValue: true,
      functionDeclaration: `function () {
        const card = this.querySelector('.cc-card');
        if (!card) return null;
        const r = card.getBoundingClientRect();
        const quote = card.querySelector('.cc-passage');
        const overflowing = [...card.querySelectorAll('*')].filter((el) => {
          const e = el.getBoundingClientRect();
          return e.width > 0 && (e.left < r.left - 1 || e.right > r.right + 1) && !el.closest('details:not([open])');
        }).length;
        return { text: card.textContent, width: r.width, height: r.height, left: r.left, top: r.top, right: r.right, bottom: r.bottom,
                 display: getComputedStyle(card).display, direction: getComputedStyle(card).direction,
                 questions: card.querySelectorAll('.cc-question').length, versions: card.querySelectorAll('.cc-version').length,
                 sections: [...card.querySelectorAll('.cc-section')].map((s) => s.getAttribute('data-claim')),
                 cues: [...card.querySelectorAll('.cc-passage mark.cc-cue')].map((m) => m.textContent),
                 passage: quote ? quote.textContent : '', passageDir: quote ? quote.getAttribute('dir') : null, overflowing,
                 scrolls: card.scrollHeight > card.clientHeight + 1,
                 heading: card.querySelector('h1, h2, h3')?.textContent ?? null,
                 label: card.getAttribute('aria-label') ?? (this.getElementById(card.getAttribute('aria-labelledby')) || {}).textContent ?? null };
      }`,
    });
    return result.value ?? null;
  } finally {
    await cdp.detach();
  }
}

/** Which of Crosscheck's in-page UIs a DevTools node hosts ('card', 'notes'), by its `data-crosscheck-ui` attribute. */
function uiHostName(n: CdpNode): string | null {
  if (n.localName === 'crosscheck-ui') return 'card';
  if (n.localName === 'crosscheck-notes') return 'notes';
  const attrs = n.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'data-crosscheck-ui') return attrs[i + 1] || null;
  return null;
}

function find(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (test(n)) return n;
    stack.push(...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : []));
  }
  return undefined;
}

/**
 * Marks as the page shows them: one entry per `data-crosscheck-id` (a sentence, with every claim it
 * carries, most serious first), in document order, with the text of all its elements. Runs in the page
 * and uses nothing outside itself, so Playwright (Chromium) and Puppeteer (Firefox) both pass it to
 * `page.evaluate`.
 */
export function marksInDocument(): { id: string; claims: string[]; status: string; count: number; text: string }[] {
  const byId = new Map<string, { id: string; claims: string[]; status: string; count: number; text: string }>();
  for (const mark of Array.from(document.querySelectorAll('mark[data-crosscheck-id]'))) {
    const id = mark.getAttribute('data-crosscheck-id')!;
    const entry = byId.get(id) ?? { id, claims: mark.getAttribute('data-crosscheck-claims')!.split(' '), status: mark.getAttribute('data-crosscheck-status')!, count: 1, text: '' };
    entry.text += mark.textContent;
    const count = mark.getAttribute('data-crosscheck-count');
    if (count) entry.count = Number(count);
    byId.set(id, entry);
  }
  return [...byId.values()];
}

export async function shownMarks(page: Page) {
  return page.evaluate(marksInDocument);
}

/**
 * The tab id of a page. Crosscheck has no `tabs` permission, so tab URLs are hidden from it; the page
 * is brought to the front and the active tab read instead.
 */
export async function tabIdOf(background: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return background.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
}

/**
 * What of Crosscheck runs in the page, read in the extension's isolated world (release builds leave
 * nothing the page could read): whether the small content script ran, and the id of the full
 * script's context, if one runs (a second copy would have another id).
 */
export async function crosscheckInPage(background: Worker, page: Page): Promise<{ light: boolean; full: string | null }> {
  const tabId = await tabIdOf(background, page);
  return background.evaluate(async (id) => {
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => {
        const g = globalThis as unknown as { __crosscheckHandover?: object; __crosscheckFull?: { id: string } };
        return { light: !!g.__crosscheckHandover, full: g.__crosscheckFull?.id ?? null };
      },
    });
    return injection!.result as { light: boolean; full: string | null };
  }, tabId);
}

/** The shortcut and the context menu both end in this tab message; sent as the background does. */
export async function sendAddNote(background: Worker, page: Page): Promise<unknown> {
  const tabId = await tabIdOf(background, page);
  return background.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page.addNote', payload: {} }), tabId);
}

export async function badgeOf(background: Worker, tabId: number): Promise<string> {
  return background.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage });
}

/** Selects `phrase` inside the article the way a reader would, with a Range over the page's text nodes. */
export async function selectText(page: Page, phrase: string): Promise<void> {
  await page.evaluate((phrase) => {
    const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text), (text += (n as Text).data);
    const at = text.indexOf(phrase);
    if (at < 0) throw new Error(`"${phrase}" is not on the page`);
    const range = document.createRange();
    let pos = 0;
    for (const node of nodes) {
      const end = pos + node.data.length;
      if (at >= pos && at < end) range.setStart(node, at - pos);
      if (at + phrase.length > pos && at + phrase.length <= end) range.setEnd(node, at + phrase.length - pos);
      pos = end;
    }
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, phrase);
}

/**
 * Ends a selection the way a reader does, with a trusted key event (Crosscheck ignores the synthetic
 * ones a page can dispatch): Shift+Right then Shift+Left, which leaves a forward selection as it was.
 */
export async function finishSelection(page: Page): Promise<void> {
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowLeft');
}

/** Runs `fn` (source of a function whose `this` is the closed notes shadow root) through DevTools, as readCard does. */
export const inNotesRoot = <T>(page: Page, fn: string): Promise<T | null> => inUiRoot<T>(page, 'notes', fn);

/** The same in the card's closed shadow root. */
export const inCardRoot = <T>(page: Page, fn: string): Promise<T | null> => inUiRoot<T>(page, 'card', fn);

async function inUiRoot<T>(page: Page, name: 'card' | 'notes', fn: string): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, (n) => uiHostName(n) === name);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, returnByValue: true, functionDeclaration: fn });
    return (result.value ?? null) as T | null;
  } finally {
    await cdp.detach();
  }
}

/**
 * Lets the page's own world see one of our closed shadow roots as `host.shadowRoot`, for axe-core,
 * which walks open roots only. The root is the one the reader sees, made by the release build; only
 * this page's JavaScript view of its host changes, and only in the test.
 */
export async function revealShadowRoot(page: Page, name: 'card' | 'notes'): Promise<boolean> {
  return (await inUiRoot<boolean>(page, name, `function () {
    const root = this;
    Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
    return true;
  }`)) === true;
}

/** The note frame (an extension page inside the notes shadow root) once it has shown something, else null. */
export async function noteFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (!frame.url().endsWith('/note-frame.html') || frame.isDetached()) continue;
    const shown = await frame.evaluate(() => !!document.querySelector('#app > *')).catch(() => false);
    if (shown) return frame;
  }
  return null;
}

/** Waits for the note frame to show something → that frame. */
export async function waitForNoteFrame(page: Page): Promise<Frame> {
  await expect.poll(async () => !!(await noteFrame(page)), { message: 'the note frame to show' }).toBe(true);
  return (await noteFrame(page))!;
}

/**
 * A note on a claim's words is opened from that claim's card: hover the words, then click the card's
 * note button (a real click, at its place on screen) → the note frame.
 */
export async function openNoteFromCard(page: Page, words: Locator): Promise<Frame> {
  await words.hover();
  const button = () => inCardRoot<{ x: number; y: number } | null>(page, `function () {
    const b = this.querySelector('.cc-open-note');
    if (!b) return null;
    const r = b.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }`);
  await expect.poll(button).not.toBeNull();
  const at = (await button())!;
  await page.mouse.click(at.x, at.y);
  return waitForNoteFrame(page);
}

/** Whether the notes shadow root holds a note frame at all. */
export const hasNoteFrameElement = (page: Page) => inNotesRoot<boolean>(page, `function () { return !!this.querySelector('iframe'); }`);
