import type { Span } from '../../lang/types';
import type { CompiledPattern } from './compile';

/** A pattern found in a text: its whole span and each item's span. */
export interface PatternMatch extends Span {
  parts: Span[];
}

/** A text prepared for pattern matching: folded, with its word starts (for gaps) and hard boundaries. */
export interface MatchText {
  text: string;
  /** Sorted offsets where words start. */
  wordStarts: Int32Array;
  /** Sorted offsets of characters no gap may cross (";", a dash between clauses). */
  walls: Int32Array;
  /** The spans where an entity is named (the sentence's resolved mentions). */
  mentions: (entity: string) => Span[];
}

const WALL = /;|\s[—–]\s|—/g;

export function matchText(text: string, wordStarts: Int32Array, mentions: (entity: string) => Span[] = () => []): MatchText {
  return { text, wordStarts, walls: Int32Array.from([...text.matchAll(WALL)].map((m) => m.index)), mentions };
}

/** Number of sorted values in `[from, to)`. */
function countIn(sorted: Int32Array, from: number, to: number): number {
  return lowerBound(sorted, to) - lowerBound(sorted, from);
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface State {
  end: number;
  /** Words allowed before the next item beyond its own gap (carried over skipped optional items). */
  carry: number;
  parts: Span[];
  start: number;
}

// Per item, at most this many matches are chained: a sentence is at most ~1,200 characters, so this
// only bounds a pathological page, keeping the chain linear in the text.
const MAX_MATCHES_PER_ITEM = 256;

/**
 * Every chain of the pattern's items in `t`, leftmost first, each item within its gap of the one before
 * and no gap across a wall. Work is (matches of each item) × (states kept), both bounded, so a
 * pattern costs time linear in the text.
 */
export function findPattern(pattern: CompiledPattern, t: MatchText, from = 0, to = t.text.length): PatternMatch[] {
  if (pattern.slots.length === 0) return [];
  let states: State[] | null = null;
  for (const slot of pattern.slots) {
    const hits = slot.re ? findAll(slot.re, t.text, from, to) : [];
    for (const id of slot.entities) for (const m of t.mentions(id)) if (m.start >= from && m.end <= to) hits.push(m);
    if (slot.entities.length && slot.re) hits.sort((a, b) => a.start - b.start);
    const next: State[] = [];
    if (states === null) {
      for (const h of hits) next.push({ start: h.start, end: h.end, carry: 0, parts: [h] });
      if (slot.optional) next.push({ start: -1, end: -1, carry: slot.gap, parts: [] });
    } else {
      for (const h of hits) {
        const prev = bestBefore(states, h, slot.gap, t);
        if (prev) next.push({ start: prev.start < 0 ? h.start : prev.start, end: h.end, carry: 0, parts: [...prev.parts, h] });
      }
      if (slot.optional) for (const s of states) next.push({ ...s, carry: s.carry + slot.gap });
    }
    states = next;
    if (states.length === 0) return [];
  }
  const done = states!.filter((s) => s.start >= 0).sort((a, b) => a.start - b.start || b.end - a.end);
  // One chain per start: the longest.
  const out: PatternMatch[] = [];
  for (const s of done) if (!out.length || out.at(-1)!.start !== s.start) out.push({ start: s.start, end: s.end, parts: s.parts });
  return out;
}

/** The nearest state that ends before `h` within `gap` words (plus its carry) and no wall between. */
function bestBefore(states: State[], h: Span, gap: number, t: MatchText): State | null {
  let best: State | null = null;
  for (const s of states) {
    if (s.start < 0) {
      if (!best) best = s;
      continue;
    }
    if (s.end > h.start) continue;
    if (countIn(t.wordStarts, s.end, h.start) > gap + s.carry) continue;
    if (countIn(t.walls, s.end, h.start) > 0) continue;
    if (!best || best.start < 0 || s.end > best.end) best = s;
  }
  return best;
}

function findAll(re: RegExp, text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m.index + m[0].length <= to) out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex += 1;
    if (out.length >= MAX_MATCHES_PER_ITEM) break;
  }
  re.lastIndex = 0;
  return out;
}

/** Whether any of the patterns matches in `[from, to)`. */
export function anyPattern(patterns: readonly CompiledPattern[], t: MatchText, from = 0, to = t.text.length): PatternMatch | null {
  let best: PatternMatch | null = null;
  for (const p of patterns) {
    const m = findPattern(p, t, from, to)[0];
    if (m && (!best || m.start < best.start)) best = m;
  }
  return best;
}
