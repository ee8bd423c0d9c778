/** Download names and content types for exported notes. */

export const EXPORT_FORMATS = {
  jsonld: { extension: 'jsonld', mime: 'application/ld+json' },
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The reader's own calendar date (local time), as they would name a file by hand. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A hostname made safe for every file system: lowercase, no `www.`, only [a-z0-9.-]. */
export function filenameHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 63);
}

/**
 * `crosscheck-notes-2026-11-22.jsonld`, or with a host for one page's notes:
 * `crosscheck-notes-nytimes.com-2026-11-22.md`.
 */
export function exportFilename(format: ExportFormat, date: Date, host?: string): string {
  const site = host ? filenameHost(host) : '';
  return `crosscheck-notes-${site ? `${site}-` : ''}${localDate(date)}.${EXPORT_FORMATS[format].extension}`;
}
