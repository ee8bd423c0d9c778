import type { Passage } from '../match/types';
import { claimKey } from '../pack/view';
import { kindOf, mostSerious, rankOf, type MarkKind } from './kinds';

/** The claim a passage is about, as the popup and the card key it; "pack/open" for what goes beyond every account. */
export const claimKeyOf = (p: Pick<Passage, 'pack' | 'claim'>): string => (p.claim ? claimKey(p.pack, p.claim) : `${p.pack}/open`);

/** One claim inside a mark, with the passages on it (usually one). */
export interface MarkSection {
  key: string;
  kind: MarkKind;
  passages: Passage[];
}

/** Passages that share a sentence (their spans overlap), shown as one mark. */
export interface MarkGroup {
  /** The union of the passages' spans, in the same offsets as theirs. */
  start: number;
  end: number;
  /** The most serious kind among the passages: the one the mark shows. */
  kind: MarkKind;
  /** In reading order. */
  passages: Passage[];
  /** One per claim, most serious first, then in reading order: what the card lists. */
  sections: MarkSection[];
}

/**
 * Groups passages whose spans overlap (a sentence read for several claims, or a clause inside it that
 * goes beyond every account) into one mark each, so a sentence gets one mark with a count instead of a
 * row of badges or nested marks. Spans that only touch stay apart: they are different sentences.
 */
export function groupPassages(passages: readonly Passage[]): MarkGroup[] {
  const sorted = [...passages].filter((p) => p.end > p.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: Passage[][] = [];
  let end = -1;
  for (const p of sorted) {
    if (runs.length && p.start < end) runs[runs.length - 1]!.push(p);
    else runs.push([p]);
    end = Math.max(end, p.end);
  }
  return runs.map(toGroup);
}

function toGroup(passages: Passage[]): MarkGroup {
  const byKey = new Map<string, MarkSection>();
  for (const p of passages) {
    const key = claimKeyOf(p);
    const section = byKey.get(key);
    if (section) {
      section.passages.push(p);
      section.kind = mostSerious([section.kind, kindOf(p)]);
    } else byKey.set(key, { key, kind: kindOf(p), passages: [p] });
  }
  // A stable sort keeps reading order among sections of one kind.
  const sections = [...byKey.values()].sort((a, b) => rankOf(b.kind) - rankOf(a.kind));
  return {
    start: passages[0]!.start,
    end: Math.max(...passages.map((p) => p.end)),
    kind: sections[0]!.kind,
    passages,
    sections,
  };
}

/**
 * The text under a group's mark, stitched from its passages' texts (each is its stretch of the page's
 * text), so the card can quote the whole sentence without reading the page again.
 */
export function groupText(group: Pick<MarkGroup, 'start' | 'passages'>): string {
  let text = '';
  let end = group.start;
  for (const p of [...group.passages].sort((a, b) => a.start - b.start)) {
    if (p.end <= end) continue;
    // A gap cannot happen inside a group (spans overlap); guard anyway rather than misplace text.
    if (p.start > end) {
      text += ' ';
      end = p.start;
    }
    text += p.text.slice(end - p.start);
    end = p.end;
  }
  return text;
}

/**
 * Where a passage's cue words are, in its offsets. The matcher gives them for claims; for a passage
 * that goes beyond every account the words are its elements ("three sources"), found in its text
 * (the first occurrence, ignoring case).
 */
export function cuesOf(p: Pick<Passage, 'start' | 'text' | 'cues' | 'elements'>): { start: number; end: number }[] {
  if (p.cues?.length) return p.cues;
  const lower = p.text.toLowerCase();
  return (p.elements ?? []).flatMap((e) => {
    const at = e ? lower.indexOf(e.toLowerCase()) : -1;
    return at < 0 ? [] : [{ start: p.start + at, end: p.start + at + e.length }];
  });
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * A cue widened to the words it touches. Arabic cues can start after a clitic ("مصدر" in "المصدر");
 * marking part of a word would split its joined letters across two elements.
 */
function wholeWords(text: string, a: number, b: number): readonly [number, number] {
  if (a >= b) return [a, b];
  while (a > 0 && WORD_CHAR.test(text[a - 1]!) && WORD_CHAR.test(text[a]!)) a -= 1;
  while (b < text.length && WORD_CHAR.test(text[b]!) && WORD_CHAR.test(text[b - 1]!)) b += 1;
  return [a, b];
}

/** A stretch of quoted text, marked when it is one of the words the match was made on. */
export interface CueSegment {
  text: string;
  cue: boolean;
}

/**
 * Cuts `text` (which starts at offset `start`) into plain and cue stretches. Cues may overlap, repeat
 * or reach outside the text; they are clipped and merged. Plain strings, so the card builds text nodes
 * and `<mark>` elements from them and never parses page text.
 */
export function cueSegments(text: string, start: number, cues: readonly { start: number; end: number }[]): CueSegment[] {
  const spans = cues
    .map((c) => wholeWords(text, Math.max(0, c.start - start), Math.min(text.length, c.end - start)))
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const out: CueSegment[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) out.push({ text: text.slice(at, a), cue: false });
    out.push({ text: text.slice(a, b), cue: true });
    at = b;
  }
  if (at < text.length) out.push({ text: text.slice(at), cue: false });
  return out;
}
