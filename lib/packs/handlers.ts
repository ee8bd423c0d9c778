import type { PackMessages } from '../messaging/pack-messages';
import type { Handlers } from '../messaging/router';
import type { PackStore, PackSummary } from './store';

type Sender = { tabId?: number; url?: string };

export interface PackHandlerDeps {
  /** The extension's own origin (`browser.runtime.getURL('/')`): only its pages may change the packs. */
  extensionOrigin: string;
  /** Runs after every change, with the new list (the background registers or drops the second small script). */
  changed?: (packs: PackSummary[]) => Promise<void> | void;
}

/**
 * The background's handlers for the `packs.*` messages. Payloads arrive parsed by the router. Changes
 * come only from Crosscheck's pages (the options page): a content script shares its frame with a page
 * that may be hostile, and a pack decides what Crosscheck tells the reader on every page.
 */
export function createPackHandlers(store: PackStore, { extensionOrigin, changed }: PackHandlerDeps): Handlers<PackMessages> {
  const fromOwnPage = (sender: Sender) => {
    if (!sender.url?.startsWith(extensionOrigin)) throw new Error('Only Crosscheck’s options page can change the packs');
  };
  const after = async <T extends { packs: PackSummary[] } | PackSummary[]>(result: T): Promise<T> => {
    // The change is made and saved: a failure to follow it up (registering a script) is logged, not
    // reported as a failed import. The background syncs the script again when it next starts.
    await Promise.resolve(changed?.(Array.isArray(result) ? result : result.packs)).catch((err: unknown) => console.error('Crosscheck: after a pack change', err));
    return result;
  };
  return {
    'packs.list': async () => ({ packs: await store.list() }),
    'packs.import': async ({ text }, sender) => {
      fromOwnPage(sender);
      return after(await store.importText(text));
    },
    'packs.setEnabled': async ({ id, enabled }, sender) => {
      fromOwnPage(sender);
      return { packs: await after(await store.setEnabled(id, enabled)) };
    },
    'packs.remove': async ({ id }, sender) => {
      fromOwnPage(sender);
      return { packs: await after(await store.remove(id)) };
    },
  };
}
