import type { Span } from '../../lang/types';
import type { CompiledPattern } from './compile';
import { lowerBound, upperBound } from '../sorted';

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

interface State {
  end: number;
  /** Words allowed before the next item beyond its own gap (carried over skipped optional items). */
  carry: number;
  /** The chain so far, as a list back to its first item (copied out only for finished chains). */
  part: Span | null;
  prev: State | null;
  start: number;
}

// Per item, at most this many matches are chained: a sentence is at most ~1,200 characters, so this
// only bounds a pathological page, keeping the chain linear in the text.
const MAX_MATCHES_PER_ITEM = 256;

/**
 * Every chain of the pattern's items in `t`, leftmost first, each item within its gap of the one before
 * and no gap across a wall. Each match of an item looks back only through the states that end just
 * before it (sorted by end, nearest first, stopping at the first wall or once too many words lie
 * between), so a sentence whose every word matches costs about (matches × items), not its square.
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
      for (const h of hits) next.push({ start: h.start, end: h.end, carry: 0, part: h, prev: null });
      if (slot.optional) next.push({ start: -1, end: -1, carry: slot.gap, part: null, prev: null });
    } else {
      const before = lookBack(states, t);
      for (const h of hits) {
        const prev = before(h, slot.gap);
        if (prev) next.push({ start: prev.start < 0 ? h.start : prev.start, end: h.end, carry: 0, part: h, prev });
      }
      if (slot.optional) for (const s of states) next.push({ ...s, carry: s.carry + slot.gap });
    }
    states = next;
    if (states.length === 0) return [];
  }
  const done = states!.filter((s) => s.start >= 0).sort((a, b) => a.start - b.start || b.end - a.end);
  // One chain per start: the longest.
  const out: PatternMatch[] = [];
  for (const s of done) if (!out.length || out.at(-1)!.start !== s.start) out.push({ start: s.start, end: s.end, parts: partsOf(s) });
  return out;
}

function partsOf(s: State): Span[] {
  const parts: Span[] = [];
  for (let at: State | null = s; at; at = at.prev) if (at.part) parts.push(at.part);
  return parts.reverse();
}

/**
 * For a match `h` of the next item: the state ending nearest before it within `gap` words (plus the
 * state's carry) with no wall between; failing that, the state that skipped every item so far.
 */
function lookBack(states: State[], t: MatchText): (h: Span, gap: number) => State | null {
  const open = states.find((s) => s.start < 0) ?? null;
  // By end, and among equal ends in the order the states were made (the earlier wins, as it always has).
  const order = states.map((s, i) => ({ s, i })).filter((x) => x.s.start >= 0).sort((a, b) => a.s.end - b.s.end || b.i - a.i).map((x) => x.s);
  const ends = Int32Array.from(order, (s) => s.end);
  const maxCarry = order.reduce((m, s) => Math.max(m, s.carry), 0);
  return (h, gap) => {
    for (let j = upperBound(ends, h.start) - 1; j >= 0; j -= 1) {
      const s = order[j]!;
      const words = countIn(t.wordStarts, s.end, h.start);
      // Earlier states have at least as many words and every wall between: none can do better.
      if (words > gap + maxCarry || countIn(t.walls, s.end, h.start) > 0) break;
      if (words <= gap + s.carry) return s;
    }
    return open;
  };
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
