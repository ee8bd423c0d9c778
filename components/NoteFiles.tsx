import type { ExportFormat } from '../lib/export/filenames';
import type { ImportNote } from './notes-state';

const FORMATS: Array<[ExportFormat, string]> = [
  ['jsonld', 'JSON-LD'],
  ['markdown', 'Markdown'],
  ['csv', 'CSV'],
];

type Props = {
  /** The page's address when it has notes to export on their own. */
  pageUrl: string | null;
  onExport: (format: ExportFormat, scope: 'all' | { url: string }) => void;
  onImport: (input: HTMLInputElement) => void;
  /** What the last import did, said beside its button. */
  imported: ImportNote | null;
};

/**
 * Export and import. What an import did is said right under the button, in a live region, so a
 * reader who chose a file hears and sees the answer where they are, not at the top of the view.
 */
export function NoteFiles({ pageUrl, onExport, onImport, imported }: Props) {
  return (
    <section class="cc-note-files" aria-label="Export and import">
      <div class="cc-note-files__row">
        <span>Export all:</span>
        {FORMATS.map(([f, label]) => (
          <button key={f} type="button" data-export={`all-${f}`} onClick={() => onExport(f, 'all')}>
            {label}
          </button>
        ))}
        {pageUrl && (
          <>
            <span>This page:</span>
            {FORMATS.map(([f, label]) => (
              <button key={f} type="button" data-export={`page-${f}`} onClick={() => onExport(f, { url: pageUrl })}>
                {label}
              </button>
            ))}
          </>
        )}
        <label class="cc-import">
          Import JSON-LD…
          <input type="file" aria-describedby="cc-import-said" accept=".jsonld,.json,application/ld+json,application/json" onChange={(e) => onImport(e.target as HTMLInputElement)} />
        </label>
      </div>
      <div id="cc-import-said" class={`cc-import-said${imported ? ` cc-import-said--${imported.kind}` : ''}`} aria-live="polite">
        {imported && (
          <>
            <strong>{imported.title}</strong>
            {imported.hint && <> {imported.hint}</>}
          </>
        )}
      </div>
    </section>
  );
}
