/**
 * The notes import, said to a reader. `lib/export/import-jsonld.ts` refuses a file with one message
 * naming each problem and its path (`first.items[3].target: missing`), which is right for a log and
 * wrong for the popup: this reads those messages back into what is wrong and what to do.
 */

/** What the popup says beside the import button. */
export interface ImportWords {
  title: string;
  hint: string;
}

const UNCHANGED = 'Nothing was changed.';
const EXPORT_HINT = 'Choose a file saved from Crosscheck’s “Export all: JSON-LD” (its name ends in .jsonld), or a Web Annotation export from another tool.';

/** Each field of an annotation, as what a note lacks when it is wrong. */
const FIELD_WORDS: Array<[RegExp, string]> = [
  [/^target(\.source)?$|^target\[\d+\]\.source$/, 'has no page address'],
  [/^target/, 'does not say which passage it marks'],
  [/^(created|modified)$/, 'has no proper date'],
  [/^id$/, 'has no note id'],
  [/^body/, 'has note text Crosscheck cannot read'],
];

type Problem = { note: number; field: string };

/** `first.items[2].created: Invalid ISO datetime` → note 3, field `created`; null for a problem not about one note. */
function problemOf(text: string): Problem | null {
  const at = /^[\w.]*\[(\d+)\]((?:\.[\w:]+|\[\d+\])*)(?: \(as a note\) (\S+))?:/.exec(text);
  if (!at) return null;
  const field = (at[3] && at[3] !== '(root)' ? `note:${at[3]}` : at[2]!.replace(/^\./, '')) || '';
  return { note: Number(at[1]) + 1, field };
}

const fieldWords = (field: string) => FIELD_WORDS.find(([re]) => re.test(field))?.[1] ?? 'has a part Crosscheck cannot read';
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Why a file was refused, from the import's error message. */
export function importFailureWords(message: string): ImportWords {
  const text = message.replace(/^Cannot import:\s*/, '');
  if (/^the file is empty/.test(text)) return { title: `This file is empty. ${UNCHANGED}`, hint: EXPORT_HINT };
  if (/^the file is not JSON/.test(text)) return { title: `This is not a notes file: Crosscheck cannot read what is in it. ${UNCHANGED}`, hint: EXPORT_HINT };
  const size = /^the file is ([\d,]+) bytes; the limit is ([\d,]+) bytes/.exec(text);
  if (size) {
    const mb = (s: string) => `${Math.ceil(Number(s.replace(/,/g, '')) / 1e6)} MB`;
    return { title: `This file is too large to be a notes file (${mb(size[1]!)}; at most ${mb(size[2]!)}). ${UNCHANGED}`, hint: EXPORT_HINT };
  }
  if (/at most [\d,]+ notes/.test(text)) return { title: `This file holds more notes than Crosscheck can import at once. ${UNCHANGED}`, hint: 'Split it into smaller files and import each.' };
  const notAnExport = { title: `This file is not a Crosscheck or Web Annotation notes export. ${UNCHANGED}`, hint: EXPORT_HINT };
  if (/^(type|first):|must hold an AnnotationCollection/.test(text)) return notAnExport;

  const parts = text.replace(/ \(and \d+ more problems\)$/, '').split('; ');
  const problems = parts.map(problemOf);
  if (problems.some((p) => p === null)) return { title: `This file could not be imported. ${UNCHANGED}`, hint: 'Check that it is a notes export, and try again.' };
  const found = problems as Problem[];
  // Items that are not objects, or have no annotation type: not notes at all, rather than damaged notes.
  if (found.every((p) => p.field === '' || p.field === 'type')) return notAnExport;

  const byNote = new Map<number, string>();
  for (const p of found) if (!byNote.has(p.note)) byNote.set(p.note, fieldWords(p.field));
  const more = /\(and \d+ more problems\)$/.test(text);
  const count = byNote.size;
  const how = more ? `At least ${count}` : String(count);
  const title = `${how} of the notes in this file ${plural(count, 'is', 'are')} damaged, so none was imported. ${UNCHANGED}`;
  const which = [...byNote].map(([note, words]) => `note ${note} ${words}`).join('; ');
  return { title, hint: `In this file, ${which}. Export the notes again from where they came, or mend ${plural(count, 'that note', 'those notes')} and import the file again.` };
}

/** What an accepted file did: added, already here, or nothing in it. */
export function importResultWords({ added, skipped }: { added: number; skipped: number }): string {
  if (added === 0 && skipped === 0) return `There are no notes in this file. ${UNCHANGED}`;
  if (added === 0) return skipped === 1 ? 'The note in this file is already here, so nothing was added.' : `All ${skipped} notes in this file are already here, so nothing was added.`;
  const done = `Added ${added} ${plural(added, 'note', 'notes')}.`;
  if (skipped === 0) return done;
  return `${done} ${skipped} ${plural(skipped, 'was', 'were')} already here, so ${plural(skipped, 'it was', 'they were')} left as ${plural(skipped, 'it is', 'they are')}.`;
}
