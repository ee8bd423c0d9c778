import type { Note } from '../notes/types';

/** Notes as Markdown a reader can paste into their own notes app: one section per page. */

/** Characters with inline meaning anywhere in a line (emphasis, code, links, HTML, tables, entities). */
const INLINE = /[\\`*_[\]<>|~&]/g;

/**
 * Escapes user text so it renders as written: inline markup is backslash-escaped everywhere, and
 * characters that only matter at the start of a line (headings, quotes, lists, setext underlines)
 * are escaped there. Line breaks are kept.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(INLINE, '\\$&')
        .replace(/^(\s*)([#>+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

function blockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function noteSection(note: Note): string {
  const parts = [blockquote(note.quote)];
  const meta = [note.tag && `**Tag:** ${note.tag}`, note.claimId && `**Claim:** ${escapeMarkdown(note.claimId)}`].filter(Boolean);
  if (meta.length) parts.push(meta.join(' · '));
  if (note.body.trim()) parts.push(escapeMarkdown(note.body.trim()));
  return parts.join('\n\n');
}

/** Groups notes by page, keeping the order in which pages first appear. */
function byPage(notes: readonly Note[]): Note[][] {
  const pages = new Map<string, Note[]>();
  for (const note of notes) {
    const list = pages.get(note.url);
    if (list) list.push(note);
    else pages.set(note.url, [note]);
  }
  return [...pages.values()];
}

/**
 * The export file's text: a heading per page (its title, or the URL when untitled), the URL as a
 * link, then each note in reading order — quote as a blockquote, tag and claim, then the body.
 */
export function notesToMarkdown(notes: readonly Note[]): string {
  const sections = byPage(notes).map((page) => {
    const first = page[0]!;
    const title = first.title.replace(/\s+/g, ' ').trim() || first.url;
    const ordered = [...page].sort((a, b) => a.selectors.position.start - b.selectors.position.start);
    return [`## ${escapeMarkdown(title)}`, `<${first.url}>`, ...ordered.map(noteSection)].join('\n\n');
  });
  const intro = notes.length ? `${notes.length} note${notes.length === 1 ? '' : 's'}` : 'No notes yet.';
  return `${['# Crosscheck notes', intro, ...sections].join('\n\n')}\n`;
}
