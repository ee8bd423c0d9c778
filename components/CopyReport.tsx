import { useEffect, useRef } from 'preact/hooks';
import type { PageState } from '../lib/messaging/tab-messages';
import type { ClaimOnPage } from '../lib/reader/claims-on-page';
import { pageReport } from '../lib/report/markdown';
import type { PopupApi, PopupState } from './popup-state';

const COPIED_MS = 2500;

type Props = { state: PopupState; api: PopupApi; page: Pick<PageState, 'url' | 'title'>; items: ClaimOnPage[] };

/**
 * "Copy report": this page's claims, verdicts and links as Markdown on the clipboard. Says "Copied"
 * for a moment; when the browser refuses the clipboard it says so and shows the report selected, so
 * the reader can copy it by hand.
 */
export function CopyReport({ state, api, page, items }: Props) {
  const copy = state.copy.value;
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (copy?.ok) {
      const timer = setTimeout(() => (state.copy.value = null), COPIED_MS);
      return () => clearTimeout(timer);
    }
    if (copy && !copy.ok) area.current?.select();
    return undefined;
  }, [copy]);

  const run = async () => {
    const text = pageReport(page, items);
    try {
      await api.copyText(text);
      state.copy.value = { ok: true };
    } catch (err) {
      state.copy.value = { ok: false, error: (err as Error).message || String(err), text };
    }
  };

  return (
    <div class="cc-copy">
      <button type="button" class="cc-copy__button" onClick={() => void run()}>
        Copy report
      </button>
      <span class="cc-copy__status" role="status" aria-live="polite">
        {copy?.ok ? 'Copied as Markdown' : ''}
      </span>
      {copy && !copy.ok && (
        <div class="cc-error cc-copy__error" role="alert">
          <p>
            <strong>The browser did not let Crosscheck use the clipboard</strong> ({copy.error}). The report is selected below: press{' '}
            <kbd>Ctrl</kbd>+<kbd>C</kbd> (<kbd>⌘</kbd>+<kbd>C</kbd> on a Mac) to copy it.
          </p>
          <textarea ref={area} readOnly rows={8} aria-label="The report, in Markdown" value={copy.text} />
          <button type="button" onClick={() => (state.copy.value = null)}>
            Done
          </button>
        </div>
      )}
    </div>
  );
}
