import { describe, expect, it, test } from 'vitest';
import { csvCell, notesToCsv } from '../../../lib/export/csv';
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
    ['a leading tab', '\t=1', "'\t=1"],
    ['a leading carriage return', '\r=1', '"\'\r=1"'],
    ['a formula with a comma', '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['an equals sign later on', 'a = b', 'a = b'],
  ])('writes %s', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
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
