import type { Note } from '../notes/types';

/**
 * Notes as CSV (RFC 4180) for spreadsheets. Cells a spreadsheet would run as a formula are made inert,
 * because quotes and bodies come from web pages and readers (OWASP "CSV injection").
 */

export const CSV_COLUMNS = ['id', 'url', 'title', 'quote', 'body', 'tag', 'claim', 'created', 'modified'] as const;

/** A formula start (`= + - @`, tab, CR), stray quotes before it included. */
const FORMULA_START = /"*[=+\-@\t\r]/y;
/**
 * Where a spreadsheet may start a field inside one of our cells. Excel in a `;` locale splits our
 * records at every `;` and line end and honours a quote only at the start of a field, so the text
 * after a `;` inside a quoted cell becomes a field of its own; a split on `,` or tab does the same.
 */
const FIELD_BREAK = /[;,\t\r\n]/;
/** What makes a cell need quotes in a `,` locale, a `;` locale or a tab-separated reading. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** `'` before every formula start at the start of the cell and after every FIELD_BREAK in it. */
function inert(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    FORMULA_START.lastIndex = i;
    if ((i === 0 || FIELD_BREAK.test(value[i - 1]!)) && FORMULA_START.test(value)) out += "'";
    out += value[i];
  }
  return out;
}

/**
 * One cell, inert as a formula in a `,` and a `;` locale alike: a `'` before each formula start (see
 * `inert`); cells with `"`, `,`, `;`, tab, CR or LF are quoted, quotes doubled.
 */
export function csvCell(value: string): string {
  const text = inert(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
