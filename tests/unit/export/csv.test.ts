import { describe, expect, it, test } from 'vitest';
import { csvCell, csvRow, notesToCsv } from '../../../lib/export/csv';
import { sampleNote } from '../notes/fixtures';

describe('csvCell', () => {
  test.each([
    ['plain text', 'plain', 'plain'],
    ['an empty cell', '', ''],
    ['a comma', 'a,b', '"a,b"'],
    ['a double quote', 'say "no"', '"say ""no"""'],
    ['a line feed', 'a\nb', '"a\nb"'],
    ['a carriage return inside', 'a\r\nb', '"a\r\nb"'],
    ['a formula', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['a plus', '+1 555', "'+1 555"],
    ['a minus', '-2+3', "'-2+3"],
    ['an at sign', '@cmd', "'@cmd"],
    ['a leading tab', '\t=1', '"\'\t\'=1"'],
    ['a leading carriage return', '\r=1', '"\'\r\'=1"'],
    ['a semicolon', 'a;b', '"a;b"'],
    ['a tab inside', 'a\tb', '"a\tb"'],
    ['a formula with a comma', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['an equals sign later on', 'a = b', 'a = b'],
  ])('writes %s', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

/**
 * How Excel in a `;` locale reads one of our `,`-separated records: fields split at every `;` and
 * line end, a quote opening a field only at its very start — so a `;` inside one of our quoted cells
 * still starts a new field there, and so does a line break.
 */
function semicolonLocaleFields(record: string): string[] {
  const fields: string[] = [];
  let at = 0;
  while (at <= record.length) {
    if (record[at] === '"') {
      let end = at + 1;
      let value = '';
      while (end < record.length) {
        if (record[end] === '"' && record[end + 1] === '"') (value += '"'), (end += 2);
        else if (record[end] === '"') break;
        else value += record[end++];
      }
      const next = record.slice(end + 1).search(/[;\r\n]/);
      const stop = next === -1 ? record.length : end + 1 + next;
      fields.push(value + record.slice(end + 1, stop));
      at = stop + 1;
    } else {
      const next = record.slice(at).search(/[;\r\n]/);
      const stop = next === -1 ? record.length : at + next;
      fields.push(record.slice(at, stop));
      at = stop + 1;
    }
  }
  return fields;
}

const evaluable = (field: string) => /^[=+\-@\t\r]/.test(field);

describe('CSV injection across list-separator locales', () => {
  test.each([
    ['a title with a formula after a semicolon', 'Baku talks;=2+3;x'],
    ['a formula after a comma', 'Baku talks,=2+3'],
    ['a formula after a line break', 'line one\n=HYPERLINK("http://x")'],
    ['a formula after a CRLF', 'line one\r\n+1'],
    ['a quoted formula after a semicolon', 'a;"=1+1"'],
    ['a formula behind many quotes', `x;${'"'.repeat(100)}=1`],
    ['a minus and an at sign after semicolons', 'x;-2;@SUM(A1)'],
    ['a formula at the start and after a tab', '=1\t=2'],
  ])('leaves %s inert in a comma locale and a semicolon locale', (_name, text) => {
    const record = csvRow(['id-1', text, 'tail']);
    // Comma locale (RFC 4180): the cell is one quoted field, and it does not start a formula.
    expect(record.startsWith('id-1,"')).toBe(true);
    expect(evaluable(csvCell(text).replace(/^"/, ''))).toBe(false);
    // Semicolon locale: no field the split makes may start a formula.
    expect(semicolonLocaleFields(record).filter(evaluable)).toEqual([]);
  });

  it('only adds the apostrophe where a formula would start', () => {
    expect(csvCell('Baku talks;=2+3;x')).toBe('"Baku talks;\'=2+3;x"');
    expect(csvCell('Baku talks,=2+3')).toBe('"Baku talks,\'=2+3"');
    expect(csvCell('Syria; Israel, -ish')).toBe('"Syria; Israel, -ish"');
  });
});

describe('notesToCsv', () => {
  it('writes a header and one CRLF-terminated record per note', () => {
    const note = sampleNote(1, { body: 'line one\nline two', claimId: null });
    const csv = notesToCsv([note]);
    expect(csv).toBe(
      'id,url,title,quote,body,tag,claim,created,modified\r\n' +
        `${note.id},${note.url},Story 1,"Quote number 1, with ""quotes"", commas and a = sign","line one\nline two",dispute,,2026-11-20T08:01:00.000Z,2026-11-21T08:01:00.000Z\r\n`,
    );
  });

  it('can start with a byte order mark for Excel', () => {
    expect(notesToCsv([], { bom: true })).toBe('\uFEFFid,url,title,quote,body,tag,claim,created,modified\r\n');
  });
});
