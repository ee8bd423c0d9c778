import { z } from 'zod';
import { codePointsFromUtf16, upgradeTagV1 } from '../notes/db';
import { NoteSchema, type Note, type NoteSelectors } from '../notes/types';

/**
 * Reads a Web Annotation file (ours, or another tool's that uses the same selectors) back into notes.
 * All or nothing: any problem throws one Error saying what is wrong and where, and nothing is returned
 * to apply. Accepts an AnnotationCollection with an embedded first page, an AnnotationPage, a bare
 * array of annotations, or a single annotation.
 */

export const DEFAULT_MAX_IMPORT_BYTES = 5_000_000;
/** More notes than any reader keeps; a file beyond this is not a notes export. */
export const MAX_IMPORT_NOTES = 50_000;
const MAX_REPORTED = 5;

const TypeOf = (name: string) =>
  z.union([z.literal(name), z.array(z.string()).refine((t) => t.includes(name), `must include "${name}"`)]);
const Selector = z.looseObject({ type: z.string() });
const Target = z.looseObject({
  source: z.string(),
  selector: z.union([Selector, z.array(Selector)]),
});
const Body = z.looseObject({ value: z.string().optional(), purpose: z.string().optional() });
const Annotation = z.looseObject({
  id: z.string().regex(/^urn:uuid:/i, 'must be "urn:uuid:" followed by the note id'),
  type: TypeOf('Annotation'),
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true }).optional(),
  body: z.union([Body, z.array(Body)]).optional(),
  target: z.union([Target, z.array(Target).min(1)]),
  'crosscheck:title': z.string().optional(),
  'crosscheck:claim': z.string().nullable().optional(),
  generator: z.unknown().optional(),
});
type Annotation = z.infer<typeof Annotation>;
const Items = z.array(z.unknown()).max(MAX_IMPORT_NOTES, `a file can hold at most ${MAX_IMPORT_NOTES} notes`);

/** `['first', 'items', 3, 'target']` → `first.items[3].target`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  const text = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  return text || '(root)';
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = root;
  for (const key of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** zod's message, except that an absent field reads "missing" (zod would say "Invalid input"). */
function issueText(issue: z.core.$ZodIssue, input: unknown): string {
  return valueAt(input, issue.path) === undefined && issue.code !== 'custom' ? 'missing' : issue.message;
}

function fail(problems: string[]): never {
  const more = problems.length > MAX_REPORTED ? ` (and ${problems.length - MAX_REPORTED} more problems)` : '';
  throw new Error(`Cannot import: ${problems.slice(0, MAX_REPORTED).join('; ')}${more}`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message);
    if (!at) return fail([`the file is not JSON (${message})`]);
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return fail([`the file is not JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, '')} (line ${line}, column ${column})`]);
  }
}

/** Finds the annotation list and the path it sits at, whatever container the file uses. */
function locateItems(root: unknown): { items: unknown; at: Array<string | number> } {
  if (Array.isArray(root)) return { items: root, at: [] };
  if (!root || typeof root !== 'object') return fail(['the file must hold an AnnotationCollection, not a bare value']);
  const obj = root as Record<string, unknown>;
  const types = ([] as unknown[]).concat(obj.type);
  if (types.includes('AnnotationCollection')) {
    if (Array.isArray(obj.items)) return { items: obj.items, at: ['items'] };
    const first: unknown = obj.first;
    if (first && typeof first === 'object') return { items: (first as Record<string, unknown>).items, at: ['first', 'items'] };
    if (obj.total === 0) return { items: [], at: ['first', 'items'] };
    if (typeof first === 'string') return fail([`first: the annotations must be in the file, not linked (${first.slice(0, 100)})`]);
    return fail(['first: missing (the page of annotations)']);
  }
  if (types.includes('AnnotationPage')) return { items: obj.items, at: ['items'] };
  if (types.includes('Annotation')) return { items: [root], at: [] };
  return fail([`type: expected "AnnotationCollection", "AnnotationPage" or "Annotation", got ${JSON.stringify(obj.type ?? null)}`]);
}

/** Turns a schema-valid annotation into a note candidate; problems are reported with their path. */
function toNote(a: Annotation, where: string, problems: string[]): unknown {
  const target = Array.isArray(a.target) ? a.target[0]! : a.target;
  const given = ([] as Array<Record<string, unknown>>).concat(target.selector);
  const quote = given.find((s) => s.type === 'TextQuoteSelector');
  const position = given.find((s) => s.type === 'TextPositionSelector');
  if (!quote) problems.push(`${where}.target.selector: needs a TextQuoteSelector`);
  if (!position) problems.push(`${where}.target.selector: needs a TextPositionSelector`);
  if (!quote || !position) return undefined;

  const bodies = a.body === undefined ? [] : ([] as Array<z.infer<typeof Body>>).concat(a.body);
  // W3C: a body without a purpose is the comment itself.
  let body = bodies.find((b) => (b.purpose ?? 'commenting') === 'commenting')?.value ?? '';
  let tag: Note['tag'] = null;
  for (const b of bodies) {
    if (b.purpose !== 'tagging' || !b.value) continue;
    const mapped = upgradeTagV1(b.value, body);
    // The first tag we know becomes the tag; any other (another tool's, or a second one) stays
    // readable in the body rather than being dropped.
    if (mapped.tag && !tag) tag = mapped.tag;
    else body = body ? `${body}\n\n#${b.value}` : `#${b.value}`;
  }
  const created = Date.parse(a.created);
  const selectors = {
    quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    position: { type: 'TextPositionSelector', start: position.start, end: position.end },
  } as NoteSelectors;
  // Crosscheck wrote UTF-16 offsets until its exports named a generator; recount those as notes
  // are stored now (code points, model §4.2.5). Other tools' files count code points already.
  const earlierCrosscheck = a['crosscheck:title'] !== undefined && a.generator === undefined;
  const valid = typeof quote.exact === 'string' && Number.isInteger(position.start) && Number.isInteger(position.end);
  if (earlierCrosscheck && valid) selectors.position = codePointsFromUtf16(selectors);
  return {
    id: a.id.slice('urn:uuid:'.length).toLowerCase(),
    url: target.source,
    title: a['crosscheck:title'] ?? '',
    quote: quote.exact,
    selectors,
    body,
    tag,
    claimId: a['crosscheck:claim'] ?? null,
    createdAt: created,
    updatedAt: a.modified ? Date.parse(a.modified) : created,
  };
}

/**
 * Parses an import file into notes.
 * @throws Error naming the problem and its place, e.g. `first.items[3].target: missing`, a JSON
 * syntax error with line and column, or the file size against the limit.
 */
export function parseImport(text: string, options: { maxBytes?: number } = {}): { notes: Note[] } {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  // Characters never outnumber UTF-8 bytes, so the cheap check settles most huge files.
  const bytes = text.length > maxBytes ? text.length : new TextEncoder().encode(text).length;
  if (bytes > maxBytes) fail([`the file is ${bytes.toLocaleString('en')} bytes; the limit is ${maxBytes.toLocaleString('en')} bytes`]);
  if (!text.trim()) fail(['the file is empty']);

  const { items, at } = locateItems(parseJson(text.replace(/^\uFEFF/, '')));
  const list = Items.safeParse(items);
  if (!list.success) fail(list.error.issues.map((i) => `${formatPath([...at, ...i.path])}: ${issueText(i, items)}`));

  const problems: string[] = [];
  const notes: Note[] = [];
  list.data.forEach((raw, index) => {
    const where = formatPath([...at, index]);
    const annotation = Annotation.safeParse(raw);
    if (!annotation.success) {
      for (const i of annotation.error.issues) problems.push(`${formatPath([...at, index, ...i.path])}: ${issueText(i, raw)}`);
      return;
    }
    const candidate = toNote(annotation.data, where, problems);
    if (candidate === undefined) return;
    const note = NoteSchema.safeParse(candidate);
    if (!note.success) for (const i of note.error.issues) problems.push(`${where} (as a note) ${formatPath(i.path)}: ${issueText(i, candidate)}`);
    else notes.push(note.data);
  });
  if (problems.length) fail(problems);
  return { notes };
}
