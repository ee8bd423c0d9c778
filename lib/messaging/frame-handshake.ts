/**
 * How the content script hands the note frame its token: one `postMessage` to the frame's window,
 * aimed at the extension's origin, carrying a MessagePort. Not in the frame's address: the page can read
 * an iframe's `src`, but not a message posted to a window of another origin, nor the port it carries.
 * The port then carries the frame's few events back (size, close), again unseen by the page.
 * No zod here: the content script bundles this file.
 */
const TOKEN_KEY = 'crosscheckNoteToken';

/** What the frame tells the content script. Never any text of the reader's. */
export type FrameEvent =
  | { type: 'size'; height: number }
  /** The reader started editing: the frame stays open when the pointer leaves it. */
  | { type: 'editing' }
  | { type: 'close'; saved: boolean }
  /** The token was refused (expired, used): the content script says so in the page and removes the frame. */
  | { type: 'failed' };

/** The event in `data`, or null for anything else. */
export function readFrameEvent(data: unknown): FrameEvent | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  if (d.type === 'size') return typeof d.height === 'number' && Number.isFinite(d.height) && d.height >= 0 ? { type: 'size', height: d.height } : null;
  if (d.type === 'close') return { type: 'close', saved: d.saved === true };
  if (d.type === 'editing' || d.type === 'failed') return { type: d.type };
  return null;
}

/** Content script: posts `token` to the frame's window (only if it holds the extension's origin) → our end of the port. */
export function offerToken(target: Window, extensionOrigin: string, token: string): MessagePort {
  const channel = new MessageChannel();
  target.postMessage({ [TOKEN_KEY]: token }, extensionOrigin, [channel.port2]);
  return channel.port1;
}

/**
 * Frame: waits for its parent's token and tries each offer with `take`. The page can post offers too
 * (with made-up tokens); a refused offer is answered `failed` on its own port and the frame keeps
 * waiting, up to `maxOffers`. Without a good token it never resolves, and the frame stays empty.
 */
export function acceptToken<T>(win: Window, take: (token: string) => Promise<T>, { maxOffers = 5 } = {}): Promise<{ token: string; port: MessagePort; value: T }> {
  return new Promise((resolve) => {
    let offers = 0;
    let done = false;
    const onMessage = (e: MessageEvent) => {
      const token = (e.data as Record<string, unknown> | null)?.[TOKEN_KEY];
      const port = e.ports[0];
      if (done || e.source !== win.parent || typeof token !== 'string' || !port) return;
      if (++offers >= maxOffers) win.removeEventListener('message', onMessage);
      take(token).then(
        (value) => {
          if (done) return port.close();
          done = true;
          win.removeEventListener('message', onMessage);
          resolve({ token, port, value });
        },
        () => port.postMessage({ type: 'failed' } satisfies FrameEvent),
      );
    };
    win.addEventListener('message', onMessage);
  });
}
