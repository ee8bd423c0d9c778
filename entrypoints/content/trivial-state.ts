import type { PageState } from '../../lib/messaging/tab-messages';

/**
 * The answer to `{ type: 'page.state', payload: {} }` on a page the full script is not running in:
 * nothing found, nothing shown. Anything else (another message, or this one malformed) → null, and
 * the full script, with its zod-checked router, gets the message instead.
 */
export function trivialPageState(raw: unknown, enabled: boolean): PageState | null {
  if (!isPlain(raw) || Object.keys(raw).length !== 2 || raw.type !== 'page.state') return null;
  if (!isPlain(raw.payload) || Object.keys(raw.payload).length) return null;
  return {
    url: location.href,
    title: document.title,
    enabled,
    aboutStory: false,
    checking: false,
    visible: !document.documentElement.hasAttribute('data-crosscheck-hidden'),
    passages: [],
    error: null,
  };
}

const isPlain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
