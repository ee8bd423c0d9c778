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

const LABELS = {
  tag: { agree: 'Agree', dispute: 'Dispute', 'needs-source': 'Needs a source', 'follow-up': 'Follow up' },
  claim: (id: string) => ({ 'baku/c1': 'Did the two sides meet in Baku?' })[id],
} as const;
/** A reader in Britain, on UTC: dates come out the same on every machine. */
const READER = { labels: LABELS, locale: 'en-GB', timeZone: 'UTC' };

describe('notesToMarkdown', () => {
  it('groups notes by page, in reading order, with quote, tag, claim, body and dates', () => {
    const a = sampleNote(3, { url: 'https://a.example/x', title: 'Page *A*', body: 'Mine: see [AFP]', tag: 'follow-up', claimId: 'baku/c1' });
    const b = sampleNote(1, { url: 'https://a.example/x', title: 'Page *A*', body: '', tag: null, claimId: null });
    const c = sampleNote(2, { url: 'https://b.example/y', title: '', body: 'Second\nline', tag: 'agree', claimId: null, updatedAt: sampleNote(2).createdAt });
    expect(notesToMarkdown([a, b, c], READER)).toBe(
      [
        '# Crosscheck notes',
        '3 notes',
        '## Page \\*A\\*',
        '<https://a.example/x>',
        '> Quote number 1, with "quotes", commas and a = sign',
        '*Saved 20 November 2026 at 08:01 · edited 21 November 2026 at 08:01*',
        '---',
        '> Quote number 3, with "quotes", commas and a = sign',
        '**Tag:** Follow up · **About:** Did the two sides meet in Baku?',
        'Mine: see \\[AFP\\]',
        '*Saved 20 November 2026 at 08:03 · edited 21 November 2026 at 08:03*',
        '## https://b.example/y',
        '<https://b.example/y>',
        '> Quote number 2, with "quotes", commas and a = sign',
        '**Tag:** Agree',
        'Second\nline',
        '*Saved 20 November 2026 at 08:02*',
      ].join('\n\n') + '\n',
    );
  });

  it('shows the tag in words and the claim as its question, not their slugs', () => {
    const md = notesToMarkdown([sampleNote(1, { tag: 'needs-source', claimId: 'baku/c1' })], READER);
    expect(md).toContain('**Tag:** Needs a source · **About:** Did the two sides meet in Baku?');
    expect(md).not.toMatch(/needs-source|baku\/c1/);
  });

  it('names a claim no pack that is on has by its id', () => {
    expect(notesToMarkdown([sampleNote(1, { tag: null, claimId: 'old/meeting_date' })], READER)).toContain('**About:** old/meeting\\_date');
  });

  it('writes dates in the reader’s own format', () => {
    // Newer ICU data put a narrow no-break space before AM; either reads the same.
    const md = notesToMarkdown([sampleNote(1)], { ...READER, locale: 'en-US', timeZone: 'America/New_York' }).replace(/\u202f/g, ' ');
    expect(md).toContain('*Saved November 20, 2026 at 3:01 AM · edited November 21, 2026 at 3:01 AM*');
  });

  it('sets notes on one page apart with a rule, so they do not run together', () => {
    const notes = [1, 3, 5].map((n) => sampleNote(n, { url: 'https://a.example/x' }));
    const page = notesToMarkdown(notes, READER).split('<https://a.example/x>\n\n')[1]!;
    expect(page.split('\n\n---\n\n')).toHaveLength(3);
  });

  test.each([
    ['a pipe', 'Baku talks | Example News', '## Baku talks | Example News'],
    ['emphasis and a link', 'A *big* [day]', '## A \\*big\\* \\[day\\]'],
    ['a closing hash run', 'Talks in Baku #', '## Talks in Baku \\#'],
    ['a hash inside', 'Issue #4 of the talks', '## Issue #4 of the talks'],
    ['a leading list marker', '- 3. Baku', '## - 3. Baku'],
  ])('writes a heading with %s as it reads', (_name, title, heading) => {
    expect(notesToMarkdown([sampleNote(1, { title })], READER).split('\n')).toContain(heading);
  });

  it('keeps a multi-line quote inside the blockquote', () => {
    const note = sampleNote(1, { body: '', tag: null, claimId: null });
    const exact = 'first line\n\n- second';
    const md = notesToMarkdown([{ ...note, quote: exact, selectors: { ...note.selectors, quote: { ...note.selectors.quote, exact } } }], READER);
    expect(md).toContain('> first line\n>\n> \\- second');
  });

  it('says so when there are no notes', () => {
    expect(notesToMarkdown([], READER)).toBe('# Crosscheck notes\n\nNo notes yet.\n');
  });
});
