import type { Result } from './protocol';
import type { Sender as RouteSender } from './router';

type Sender = { id?: string; tab?: { id?: number; url?: string }; url?: string; frameId?: number };

/**
 * Adapts a router to `runtime.onMessage`. Chrome's listener must call `sendResponse` and return
 * `true` to answer asynchronously (returning a Promise is not supported everywhere), so this does both.
 * `accept` lets a listener ignore messages that are not for it (answering nothing).
 */
export function asMessageListener(
  route: (message: unknown, sender: RouteSender) => Promise<Result<unknown>>,
  accept: (sender: Sender) => boolean = () => true,
) {
  return (message: unknown, sender: Sender, sendResponse: (answer: Result<unknown>) => void): boolean => {
    if (!accept(sender)) return false;
    route(message, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.tab?.url ?? sender.url, frameUrl: sender.url }).then(sendResponse, (err: unknown) =>
      sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
    return true;
  };
}
