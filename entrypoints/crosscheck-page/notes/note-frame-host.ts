import { browser } from 'wxt/browser';
import { offerToken, readFrameEvent } from '../../../lib/messaging/frame-handshake';
import { placeNear } from '../../../lib/dom/place-near';

/** The extension page that shows a note or its editor (entrypoints/note-frame). */
const FRAME_PAGE = '/note-frame.html' as const;
const MAX_WIDTH = 420;
const REMOVE_AFTER_MS = 100;

/** An open note frame, as the content script holds it: a box on the page, nothing of what is in it. */
export interface NoteFrame {
  /** 'view' until the reader edits; a viewed note closes when the pointer leaves, an edited one does not. */
  readonly mode: 'view' | 'edit';
  readonly element: HTMLIFrameElement;
  /** Removes the frame; `onClose` is not called. */
  remove(): void;
}

type Options = {
  token: string;
  /** The passage it belongs to, read again whenever the frame changes size. */
  anchor: () => DOMRect;
  mode: 'view' | 'edit';
  /** Move keyboard focus into the frame as soon as it has loaded (the editor, or a note opened from the keyboard). */
  focus: boolean;
  /** The frame closed itself: Esc, Cancel, or a save (`saved`). */
  onClose: (saved: boolean) => void;
  /** The background refused the token. */
  onFail: () => void;
};

/**
 * Puts the note frame in `slot` (inside the closed shadow root) and hands it its token. The content
 * script only places, sizes and removes it: the frame is of the extension's origin, so the page cannot
 * read what it shows or hear the keys typed in it. Chromium loads it through a per-session address
 * (`use_dynamic_url`); the page it then holds has the extension's own origin, which the token is sent to.
 */
export function openNoteFrame(slot: HTMLElement, { token, anchor, mode: initialMode, focus, onClose, onFail }: Options): NoteFrame {
  const doc = slot.ownerDocument;
  const frame = doc.createElement('iframe');
  let mode = initialMode;
  // A note shown on hover sits above its passage, where the claim card (below by preference) is not.
  const prefer = initialMode === 'view' ? 'above' : 'below';
  let height = mode === 'edit' ? 330 : 150;
  let port: MessagePort | null = null;
  let removed = false;

  const place = () => {
    const width = Math.min(MAX_WIDTH, innerWidth - 16);
    const at = placeNear(anchor(), { width, height }, { width: innerWidth, height: innerHeight }, prefer);
    frame.setAttribute('style', `position:fixed;left:${at.left}px;top:${at.top}px;width:${width}px;height:${at.height}px;z-index:2147483647;`);
  };
  const remove = () => {
    if (removed) return;
    removed = true;
    port?.close();
    // Hidden now, gone a moment later: a frame destroyed while the key that closed it (Esc, Ctrl+Enter)
    // is still being delivered to it left Chromium waiting on that key (seen in headless runs).
    frame.style.visibility = 'hidden';
    frame.style.pointerEvents = 'none';
    window.setTimeout(() => frame.remove(), REMOVE_AFTER_MS);
  };

  frame.className = 'cc-note-frame';
  frame.title = 'Crosscheck: your note';
  frame.src = browser.runtime.getURL(FRAME_PAGE);
  place();
  frame.addEventListener(
    'load',
    () => {
      if (removed || !frame.contentWindow) return;
      port = offerToken(frame.contentWindow, new URL(browser.runtime.getURL('/')).origin, token);
      port.onmessage = (e) => {
        const event = readFrameEvent(e.data);
        if (!event || removed) return;
        if (event.type === 'size') {
          height = Math.ceil(event.height);
          place();
        } else if (event.type === 'editing') mode = 'edit';
        else if (event.type === 'close') (remove(), onClose(event.saved));
        else (remove(), onFail());
      };
      if (focus) frame.focus();
    },
    { once: true },
  );
  slot.append(frame);

  return {
    get mode() {
      return mode;
    },
    element: frame,
    remove,
  };
}
