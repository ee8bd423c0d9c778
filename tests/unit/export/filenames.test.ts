import { describe, expect, test } from 'vitest';
import { exportFilename, filenameHost } from '../../../lib/export/filenames';

const DAY = new Date(2026, 10, 22, 23, 30); // local time: the reader's calendar day

describe('exportFilename', () => {
  test.each([
    ['jsonld', undefined, 'crosscheck-notes-2026-11-22.jsonld'],
    ['markdown', undefined, 'crosscheck-notes-2026-11-22.md'],
    ['csv', undefined, 'crosscheck-notes-2026-11-22.csv'],
    ['markdown', 'www.NYTimes.com', 'crosscheck-notes-nytimes.com-2026-11-22.md'],
    ['csv', 'bbc.co.uk', 'crosscheck-notes-bbc.co.uk-2026-11-22.csv'],
  ] as const)('%s for %s', (format, host, expected) => {
    expect(exportFilename(format, DAY, host)).toBe(expected);
  });
});

describe('filenameHost', () => {
  test.each([
    ['news.example.com', 'news.example.com'],
    ['[::1]', '1'],
    ['..', ''],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ])('%s → %s', (host, expected) => {
    expect(filenameHost(host)).toBe(expected);
  });
});
