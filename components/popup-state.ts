import { signal } from '@preact/signals';
import type { PageState } from '../lib/messaging/tab-messages';

export type PopupView = 'page' | 'claims' | 'notes';

/** What the popup needs from the browser, passed in so the UI can be built and tested without it. */
export interface PopupApi {
  pageState(): Promise<PageState>;
  scrollToClaim(claim: string): Promise<{ index: number; total: number }>;
  siteEnabled(): Promise<{ site: string | null; enabled: boolean }>;
  setSiteEnabled(enabled: boolean): Promise<void>;
  openOptions(): void;
  /** Shows the page's highlights again after the reader hid them. */
  showHighlights(): Promise<void>;
  /** Puts text on the clipboard; rejects when the browser refuses. */
  copyText(text: string): Promise<void>;
}

/** What became of the last "Copy report": copied, or refused with the report kept for copying by hand. */
export type CopyState = { ok: true } | { ok: false; error: string; text: string };

/** The popup's state as signals, created per popup so tests can build their own. */
export function createPopupState() {
  return {
    view: signal<PopupView>('page'),
    page: signal<PageState | null>(null),
    loading: signal(true),
    error: signal<string | null>(null),
    site: signal<string | null>(null),
    siteEnabled: signal(true),
    jumpInfo: signal<string | null>(null),
    copy: signal<CopyState | null>(null),
  };
}
export type PopupState = ReturnType<typeof createPopupState>;
