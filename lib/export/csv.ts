import type { Note } from '../notes/types';

/**
 * Notes as CSV (RFC 4180) for spreadsheets. Cells a spreadsheet would run as a formula are made inert,
 * because quotes and bodies come from web pages and readers (OWASP "CSV injection").
 */

export const CSV_COLUMNS = ['id', 'url', 'title', 'quote', 'body', 'tag', 'claim', 'created', 'modified'] as const;

/** First characters that make Excel, LibreOffice or Sheets evaluate a cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula starts get a leading `'`; cells with `"`, `,`, CR or LF are quoted, quotes doubled. */
export function csvCell(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** One record, without its line end. */
export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

function noteCells(note: Note): string[] {
  return [
    note.id,
    note.url,
    note.title,
    note.quote,
    note.body,
    note.tag ?? '',
    note.claimId ?? '',
    new Date(note.createdAt).toISOString(),
    new Date(note.updatedAt).toISOString(),
  ];
}

/**
 * A header row and one row per note, every record ending in CRLF. `bom` prepends U+FEFF so Excel
 * reads the file as UTF-8 (quotes in Arabic or Hebrew would otherwise be garbled).
 */
export function notesToCsv(notes: readonly Note[], options: { bom?: boolean } = {}): string {
  const rows = [csvRow(CSV_COLUMNS), ...notes.map((n) => csvRow(noteCells(n)))];
  return `${options.bom ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}
