import { describe, expect, it, test } from 'vitest';
import { escapeMarkdown, notesToMarkdown } from '../../../lib/export/markdown';
import { sampleNote } from '../notes/fixtures';

describe('escapeMarkdown', () => {
  test.each([
    ['plain words', 'the talks were technical', 'the talks were technical'],
    ['emphasis', '*very* _much_', '\\*very\\* \\_much\\_'],
    ['a link', '[click](http://x)', '\\[click\\](http://x)'],
    ['html', '<script>', '\\<script\\>'],
    ['code and tables', '`a` | b', '\\`a\\` \\| b'],
    ['an entity', '&amp;', '\\&amp;'],
    ['a heading start', '# Breaking', '\\# Breaking'],
    ['a quote start', '> said', '\\> said'],
    ['a list start', '- item\n+ item\n3. item', '\\- item\n\\+ item\n3\\. item'],
    ['a setext underline', 'Title\n===', 'Title\n\\==='],
    ['a hyphen mid-line', 'Syria–Israel talks - day 2', 'Syria–Israel talks - day 2'],
    ['a backslash', 'a\\b', 'a\\\\b'],
  ])('escapes %s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('notesToMarkdown', () => {
  it('groups notes by page, in reading order, with quote, tag, claim and body', () => {
    const a = sampleNote(3, { url: 'https://a.example/x', title: 'Page *A*', body: 'Mine: see [AFP]', tag: 'follow-up', claimId: 'c1' });
    const b = sampleNote(1, { url: 'https://a.example/x', title: 'Page *A*', body: '', tag: null, claimId: null });
    const c = sampleNote(2, { url: 'https://b.example/y', title: '', body: 'Second\nline', tag: 'agree', claimId: null });
    expect(notesToMarkdown([a, b, c])).toBe(
      [
        '# Crosscheck notes',
        '3 notes',
        '## Page \\*A\\*',
        '<https://a.example/x>',
        '> Quote number 1, with "quotes", commas and a = sign',
        '> Quote number 3, with "quotes", commas and a = sign',
        '**Tag:** follow-up · **Claim:** c1',
        'Mine: see \\[AFP\\]',
        '## https://b.example/y',
        '<https://b.example/y>',
        '> Quote number 2, with "quotes", commas and a = sign',
        '**Tag:** agree',
        'Second\nline',
      ].join('\n\n') + '\n',
    );
  });

  it('keeps a multi-line quote inside the blockquote', () => {
    const note = sampleNote(1, { body: '', tag: null, claimId: null });
    const exact = 'first line\n\n- second';
    const md = notesToMarkdown([{ ...note, quote: exact, selectors: { ...note.selectors, quote: { ...note.selectors.quote, exact } } }]);
    expect(md).toContain('> first line\n>\n> \\- second');
  });

  it('says so when there are no notes', () => {
    expect(notesToMarkdown([])).toBe('# Crosscheck notes\n\nNo notes yet.\n');
  });
});
