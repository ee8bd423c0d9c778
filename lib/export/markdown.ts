import type { Note, NoteTag } from '../notes/types';

/** Notes as Markdown a reader can paste into their own notes app: one section per page. */

/**
 * The words the popup shows for tags and claims. The exporter takes them from its caller: the tag
 * words belong to the UI, the claim questions to the claim packs that are on.
 */
export interface MarkdownLabels {
  tag: Record<NoteTag, string>;
  /** A claim key's question; `undefined` when no pack that is on has the claim (then the key is shown). */
  claim: (id: string) => string | undefined;
}

export interface MarkdownOptions {
  labels: MarkdownLabels;
  /** BCP 47 locale and IANA time zone for dates; the reader's own when left out (tests pass both). */
  locale?: string;
  timeZone?: string;
}

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

/**
 * A heading's text. A heading is one line of inline text, so only inline markup is escaped, and a
 * closing run of `#` (which Markdown would drop); pipes, leading `-` or `1.` mean nothing there.
 */
export function escapeHeading(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>~&]/g, '\\$&')
    .replace(/(^|\s)(#+)$/, '$1\\$2');
}

function blockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

/** "Saved 20 November 2026 at 08:01 · edited 21 November 2026 at 08:01", in the reader's format. */
function dates(note: Note, options: MarkdownOptions): string {
  const format = new Intl.DateTimeFormat(options.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: options.timeZone });
  const saved = `Saved ${format.format(note.createdAt)}`;
  return escapeMarkdown(note.updatedAt > note.createdAt ? `${saved} · edited ${format.format(note.updatedAt)}` : saved);
}

function noteSection(note: Note, options: MarkdownOptions): string {
  const { labels } = options;
  const parts = [blockquote(note.quote)];
  const claim = note.claimId && (labels.claim(note.claimId) ?? note.claimId);
  const meta = [note.tag && `**Tag:** ${escapeMarkdown(labels.tag[note.tag])}`, claim && `**About:** ${escapeMarkdown(claim)}`].filter(Boolean);
  if (meta.length) parts.push(meta.join(' · '));
  if (note.body.trim()) parts.push(escapeMarkdown(note.body.trim()));
  parts.push(`*${dates(note, options)}*`);
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
 * link, then each note in reading order — quote as a blockquote, tag and claim in the popup's words,
 * the body, the dates — with a rule between notes so they do not run together.
 */
export function notesToMarkdown(notes: readonly Note[], options: MarkdownOptions): string {
  const sections = byPage(notes).map((page) => {
    const first = page[0]!;
    const ordered = [...page].sort((a, b) => a.selectors.position.start - b.selectors.position.start);
    const heading = `## ${escapeHeading(first.title) || escapeHeading(first.url)}`;
    return [heading, `<${first.url}>`, ordered.map((n) => noteSection(n, options)).join('\n\n---\n\n')].join('\n\n');
  });
  const intro = notes.length ? `${notes.length} note${notes.length === 1 ? '' : 's'}` : 'No notes yet.';
  return `${['# Crosscheck notes', intro, ...sections].join('\n\n')}\n`;
}
