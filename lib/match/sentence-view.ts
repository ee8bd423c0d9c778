import type { Span } from '../lang/types';
import type { CompiledLang, CompiledPack } from './compile-pack';
import { matchText, type MatchText } from './pattern/match-pattern';
import { lowerBound } from './sorted';

/** A name or title of one of the pack's entities, found in a sentence (folded offsets). */
export interface Mention extends Span {
  entity: string;
  text: string;
  /** Found by a title ("the union's leader"), not a name. */
  title: boolean;
}

/**
 * One sentence as the frames read it: folded for matching, with its clauses, words and the pack's
 * entities found once. All offsets are into the folded text `f`; `toOriginal` maps them back.
 */
export interface SentenceView {
  index: number;
  /** Offsets of the sentence in the document (original text). */
  start: number;
  end: number;
  text: string;
  f: string;
  map: Int32Array | null;
  clauses: Span[];
  t: MatchText;
  mentions: Mention[];
  cl: CompiledLang;
  previous: SentenceView | null;
  /** The sentence opens a paragraph (a new line before it). */
  opensParagraph: boolean;
}

export function viewSentence(
  cp: CompiledPack,
  cl: CompiledLang,
  doc: string,
  span: Span,
  index: number,
  previous: SentenceView | null,
): SentenceView {
  const text = doc.slice(span.start, span.end);
  const folded = cl.lang.fold(text);
  const f = folded.text;
  const map = folded.map;
  const toFolded = (i: number) => (map ? lowerBound(map, i) : i);
  const clauses = cl.lang.clauses(text).map((c) => ({ start: toFolded(c.start), end: toFolded(c.end) }));
  const at = (i: number) => (map ? map[i]! : i);
  // An acronym the pack writes in capitals ("US") is that name only where the page capitalises it too ("us" is a pronoun).
  const lowerAcronym = (m: Mention) => cl.acronyms.get(m.entity)?.has(m.text.replace(/\./g, '')) && text.slice(at(m.start), at(m.end)) !== text.slice(at(m.start), at(m.end)).toUpperCase();
  const mentions = findMentions(cp, cl, f).filter((m) => !namesSomeoneElse(cp, cl, text, map, m) && !lowerAcronym(m));
  const byEntity = new Map<string, Span[]>();
  for (const m of mentions) byEntity.set(m.entity, [...(byEntity.get(m.entity) ?? []), m]);
  const before = doc.slice(Math.max(0, span.start - 2), span.start);
  return {
    index,
    start: span.start,
    end: span.end,
    text,
    f,
    map,
    clauses,
    t: matchText(f, cl.lang.wordStarts(f), (id) => byEntity.get(id) ?? []),
    mentions,
    cl,
    previous,
    opensParagraph: span.start === 0 || before.includes('\n'),
  };
}

/** Every entity mention, longest first where two overlap ("Mirela Dascu" over "Dascu"). */
function findMentions(cp: CompiledPack, cl: CompiledLang, f: string): Mention[] {
  const found: Mention[] = [];
  for (const [entity, re] of cl.entity) {
    const names = cl.entityName.get(entity);
    re.lastIndex = 0;
    for (const m of f.matchAll(re)) {
      let title = true;
      if (names) {
        names.lastIndex = m.index;
        const n = names.exec(f);
        title = !(n && n.index === m.index && n[0].length === m[0].length);
        names.lastIndex = 0;
      }
      found.push({ entity, start: m.index, end: m.index + m[0].length, text: m[0], title });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // "representatives of the union's party": a name after "of" that owns something else is not what the phrase names.
  const owned = (m: Mention) => /\s(?:of|for|from|to)\s/.test(m.text) && /^['’]s\b/.test(f.slice(m.end, m.end + 3));
  const out: Mention[] = [];
  for (const m of found) {
    const last = out.at(-1);
    if ((last && m.start < last.end) || owned(m)) continue;
    out.push(m);
  }
  void cp;
  return out;
}

/**
 * A mention that names someone else: a title followed at once by another capitalised name ("Transport
 * Minister Edda Kolm" is not the minister of today), or a surname after a first name the entity's
 * aliases do not give ("Ioana Dascu" is not "Mirela Dascu").
 */
function namesSomeoneElse(cp: CompiledPack, cl: CompiledLang, text: string, map: Int32Array | null, m: Mention): boolean {
  const names = cl.lang.cues.properName;
  const entity = cp.pack.entities.find((e) => e.id === m.entity);
  if (!names || entity?.kind !== 'person') return false;
  const at = (i: number) => (map ? map[i]! : i);
  const after = text.slice(at(m.end)).match(/^\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/u);
  if (m.title && after && !cl.entityName.get(m.entity)?.test(cl.lang.fold(after[1]!).text)) return resetThen(cl, m.entity, true);
  resetThen(cl, m.entity, false);
  const before = text.slice(0, at(m.start)).match(/(\p{Lu}[\p{L}'’-]+)\s+$/u);
  if (m.title || !before) return false;
  const word = cl.lang.fold(before[1]!).text;
  // A possessive or a word of the story before the name ("Valdoria's Marrow", "General Secretary …") is no first name.
  if (/'s$/.test(word) || cl.lang.cues.notAName.has(word) || cl.gate.test(word)) return false;
  return !endsWithTitle(cl, m.entity, text.slice(0, at(m.start)));
}

const resetThen = (cl: CompiledLang, id: string, value: boolean) => {
  const re = cl.entityName.get(id);
  if (re) re.lastIndex = 0;
  return value;
};

/** The words before a name end with one of its entity's titles ("Transport Minister Ilse …" is no other Ilse). */
function endsWithTitle(cl: CompiledLang, id: string, before: string): boolean {
  const re = cl.entity.get(id);
  if (!re) return false;
  const f = cl.lang.fold(before).text.trimEnd();
  re.lastIndex = 0;
  const ok = [...f.matchAll(re)].some((x) => x.index + x[0].length === f.length);
  re.lastIndex = 0;
  return ok;
}

/** Folded offsets of a span of the sentence's own text (offsets relative to the sentence). */
export function toFolded(s: SentenceView, span: Span): Span {
  const at = (i: number) => (s.map ? Math.min(lowerBound(s.map, i), s.map.length - 1) : i);
  return { start: at(span.start), end: at(span.end) };
}

/** Original (document) offsets of a folded span of the sentence. */
export function toDocument(s: SentenceView, span: Span): Span {
  const at = (i: number) => s.start + (s.map ? s.map[Math.min(i, s.map.length - 1)]! : i);
  return { start: at(span.start), end: at(span.end) };
}

/** Mentions of any of `ids` inside `[from, to)`. */
export const mentionsOf = (s: SentenceView, ids: readonly string[], from = 0, to = s.f.length): Mention[] =>
  s.mentions.filter((m) => ids.includes(m.entity) && m.start >= from && m.end <= to);

/** The clause that contains folded offset `i`. */
export const clauseAt = (s: SentenceView, i: number): Span => s.clauses.find((c) => i >= c.start && i < c.end) ?? { start: 0, end: s.f.length };
