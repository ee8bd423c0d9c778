import type { DayExpression, LanguageCues, Span } from '../lang/types';
import type { CompiledPack } from './compile-pack';
import { anyPattern } from './pattern/match-pattern';
import { blankAsides, personalAsides } from './asides';
import { datelineEnd } from './dateline';
import type { SentenceView } from './sentence-view';

/**
 * Which meeting a passage is about. Other meetings share the event's people and places (a later
 * meeting in the same city, another with the same minister), so a passage is tied to the event only
 * when the page and the passage allow it: dates and weekdays against the event's, participants who
 * belong only to another meeting, "again", "second round", "last month", the article's own date.
 * Where a passage cannot be tied to the event, its event claims stay silent.
 */

/**
 * What ties a stretch to a meeting; `weak` when only a look-alike's participant says so (read with the
 * page); `mixed` when it names both ("the 3 March talks, which she skipped, were followed on 12 March
 * by talks in Almerin"): each reading then goes with the tie nearest to it (`at`).
 */
export type EventTie = {
  event: 'target' | 'other' | 'mixed';
  cue: string | null;
  weak?: boolean;
  at?: { targets: Span[]; others: Span[] };
  /**
   * The other meeting is named by what only it has (its full date, its place, its own cues), not merely
   * by a weekday, a month, a relative time or "a follow-up": what goes beyond the accounts in such a
   * sentence is about that meeting, not an addition to the event.
   */
  named?: boolean;
};

/** Whether a time said relative to the page's date ("last month") covers the event's date. */
function relativeIsEvent(r: { unit: string; offset: number | null }, model: Pick<EventModel, 'date' | 'pageDate'>): boolean {
  const page = model.pageDate;
  if (!page || r.offset === null) return false;
  const e = model.date;
  if (r.unit === 'year') return page.year + r.offset === e.year;
  if (r.unit === 'month') {
    const months = page.year * 12 + page.month - 1 + r.offset;
    return months === e.year * 12 + e.month - 1;
  }
  const days = dayNumber(page) + r.offset * (r.unit === 'week' ? 7 : 1) - dayNumber(e);
  return Math.abs(days) <= (r.unit === 'week' ? 6 : 1);
}

/** For a reading at `span` of a mixed stretch: the event of the nearest tie (another meeting on a draw). */
export function nearestTie(tie: EventTie, span: Span): 'target' | 'other' {
  if (tie.event !== 'mixed' || !tie.at) return tie.event === 'mixed' ? 'other' : tie.event;
  const distance = (c: Span) => (c.end < span.start ? span.start - c.end : c.start > span.end ? c.start - span.end : 0);
  const t = Math.min(...tie.at.targets.map(distance));
  const o = Math.min(...tie.at.others.map(distance));
  return t < o ? 'target' : 'other';
}

interface ParsedDate {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

const parseIso = (iso: string): ParsedDate => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
};

export interface EventModel {
  date: ParsedDate;
  /** The page's own date (dateline or date line), if it gives one: "last month" is read against it. */
  pageDate?: ParsedDate | null;
  lookalikes: { id: string; date: ParsedDate | null; places: string[]; participants: string[] }[];
  /** The event the page is mostly about: the target, or another meeting. */
  dominant: 'target' | 'other';
  /** Why the page was read as about another meeting (for evidence). */
  dominantCue: string | null;
}

/** How a day expression stands to the event and its look-alikes. */
export function dayRelation(day: DayExpression, model: Pick<EventModel, 'date' | 'lookalikes'>): 'same' | 'lookalike' | 'other' | 'none' {
  const e = model.date;
  // Another year is another meeting ("in January 2000").
  if (day.year !== undefined && day.year !== e.year) return model.lookalikes.some((l) => l.date?.year === day.year) ? 'lookalike' : 'other';
  if (day.weekend) return e.weekday === 6 || e.weekday === 0 ? 'same' : 'none';
  const readings = [{ day: day.day, month: day.month }, ...(day.ambiguous ? [day.ambiguous] : [])];
  if (day.monthOnly) {
    if (day.month === e.month) return 'none';
    return model.lookalikes.some((l) => l.date?.month === day.month) ? 'lookalike' : 'other';
  }
  if (day.day !== undefined) {
    const same = readings.some((r) => r.day === e.day && (r.month === undefined || r.month === e.month));
    if (same && (day.weekday === undefined || day.weekday === e.weekday)) return 'same';
    if (model.lookalikes.some((l) => l.date && readings.some((r) => r.day === l.date!.day && (r.month === undefined || r.month === l.date!.month)))) return 'lookalike';
    // Numeric dates only ever agree: "7/11" is too often a figure or read the other way.
    if (day.ambiguous || /^\d/.test(day.text) && /[/.]/.test(day.text)) return 'none';
    return 'other';
  }
  if (day.weekday !== undefined) {
    if (day.weekday === e.weekday) return 'same';
    if (model.lookalikes.some((l) => l.date?.weekday === day.weekday)) return 'lookalike';
    return 'other';
  }
  return 'none';
}

/**
 * The page's date, from a dateline ("PORT VEYRA, March 3 (Meridian) -") or a date line ("March 3, 2025",
 * "Published 3 March 2025") among its first lines, if any. A date inside a sentence of the body is
 * not the page's.
 */
function pageDate(doc: string, days: (t: string) => DayExpression[], dateline: RegExp, eventYear: number): ParsedDate | null {
  const lines = doc.split('\n', 6);
  for (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    for (const d of days(text)) {
      if (d.day === undefined || d.month === undefined || d.ambiguous) continue;
      const alone = text.replace(/^(?:published|updated|posted|date|on)\s*:?\s*/i, '').length <= d.text.length + 24 && (d.year !== undefined || d.weekday !== undefined);
      if (alone || (dateline.test(text) && d.start < 40)) return { year: d.year ?? eventYear, month: d.month, day: d.day, weekday: -1 };
    }
  }
  return null;
}

const dayNumber = (d: { year: number; month: number; day: number }) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/**
 * Reads the page once: which event it is mostly about. A page dated well after the event, or whose
 * meetings carry another meeting's date, participants or "again", is about that meeting; passing
 * mentions of the event on it are still read where a passage ties itself to the event.
 */
export function modelEvents(cp: CompiledPack, doc: string, sentences: readonly SentenceView[]): EventModel {
  const ev = cp.pack.event;
  const base = {
    date: parseIso(ev.date),
    lookalikes: ev.lookalikes.map((l) => ({
      id: l.id,
      date: l.date ? parseIso(l.date) : null,
      places: l.places.filter((p) => !ev.places.includes(p)),
      participants: l.participants.filter((p) => !ev.participants.includes(p)),
    })),
  };
  let target = 0;
  let other = 0;
  let cue: string | null = null;
  const lang0 = sentences[0]?.cl.lang;
  const dated = lang0 ? pageDate(doc, lang0.days, lang0.cues.dateline, base.date.year) : null;
  for (const s of sentences) {
    // Only meetings of the story's people or places count: "the council met on Tuesday" says nothing of which meeting the page is about.
    if (!s.cl.lang.cues.meeting.test(s.f) || !s.mentions.some((m) => cp.sideOf.has(m.entity) || cp.pack.event.places.includes(m.entity))) continue;
    const tie = sentenceTie(cp, { ...base, pageDate: dated }, s, { start: 0, end: s.f.length });
    if ((tie.event === 'target' || tie.event === 'mixed') && tie.cue && tie.event !== 'mixed') target += 1;
    if (tie.event === 'mixed') (target += 0.5), (other += 0.5);
    // A participant of another meeting alone is half a sign: the same people may have been at the event.
    if (tie.event === 'other' && tie.cue) {
      other += tie.weak ? 0.5 : 1;
      if (!tie.weak) cue ??= tie.cue;
    }
  }
  if (dated) {
    const after = dayNumber(dated) - dayNumber(base.date);
    // Published days after the event, or before it: the meetings it speaks of are others.
    if (after > 5 || after < -1) {
      other += 2;
      cue ??= `the page is dated ${dated.day}/${dated.month}`;
    } else target += 2;
  }
  const dominant = other > target + 0.5 ? 'other' : 'target';
  return { ...base, pageDate: dated, dominant, dominantCue: dominant === 'other' ? cue : null };
}

/** How far from a meeting word (either side) a month alone still dates a meeting. */
const MONTH_REACH = 25;

function nearMeetingWord(cues: Pick<LanguageCues, 'meeting' | 'happened'>, f: string, d: { start: number; end: number }): boolean {
  const around = f.slice(Math.max(0, d.start - MONTH_REACH), Math.min(f.length, d.end + MONTH_REACH));
  return cues.meeting.test(around) || cues.happened.test(around);
}

/**
 * What ties a stretch of a sentence (a clause, or the whole) to the event or to another meeting, if
 * anything does: `cue` null means nothing in it decides.
 */
export function sentenceTie(cp: CompiledPack, model: Pick<EventModel, 'date' | 'lookalikes' | 'pageDate'> & { dominant?: 'target' | 'other' }, s: SentenceView, span: Span): EventTie {
  const cues = s.cl.lang.cues;
  const f = s.f.slice(span.start, span.end);
  const targets: { span: Span; text: string }[] = [];
  const others: { span: Span; text: string }[] = [];
  let named = false;
  const at = (start: number, text: string) => ({ span: { start, end: start + text.length }, text });
  for (const d of s.cl.lang.days(f)) {
    if (d.ofOtherVerb) continue;
    const rel = dayRelation(d, model);
    if (rel === 'same') targets.push(at(span.start + d.start, d.text));
    // A month alone is another meeting's only beside a meeting word ("met again in August"); "a deal signed at
    // the assembly in September" is the time of a plan.
    else if (rel === 'lookalike' || (rel === 'other' && ((d.monthOnly && nearMeetingWord(cues, f, d)) || (d.year !== undefined && d.year !== model.date.year)))) {
      others.push(at(span.start + d.start, d.text));
      named ||= d.day !== undefined && d.month !== undefined;
    }
  }
  const occasion = s.cl.compileAll(cp.pack.event.occasion[s.cl.lang.id]);
  const occ = anyPattern(occasion, s.t, span.start, span.end);
  if (occ) targets.push({ span: occ, text: s.f.slice(occ.start, occ.end) });
  const lookalikePlaces = new Set(model.lookalikes.flatMap((l) => l.places));
  const lookalikePeople = new Set(model.lookalikes.flatMap((l) => l.participants));
  const filedAt = datelineEnd(s);
  for (const x of s.mentions) if (x.start >= span.start && x.end <= span.end && x.start >= filedAt && lookalikePlaces.has(x.entity)) (others.push({ span: x, text: x.text }), (named = true));
  // A participant of another meeting alone (the same envoy may have been at the event) decides only with the page.
  const person = s.mentions.find((x) => x.start >= span.start && x.end <= span.end && lookalikePeople.has(x.entity));
  for (const l of cp.pack.event.lookalikes) {
    const hit = anyPattern(s.cl.compileAll(l.cues[s.cl.lang.id]), s.t, span.start, span.end);
    if (hit) (others.push({ span: hit, text: s.f.slice(hit.start, hit.end) }), (named = true));
  }
  const occasionWord = cues.otherOccasion.exec(f);
  if (occasionWord) others.push(at(span.start + occasionWord.index, occasionWord[0]));
  // "last month" on a page dated in April is March: the event's month; without the page's date, another time.
  // "this week" with no date to read it against says nothing; "a day earlier" in an aside is not a meeting's.
  const asides = blankAsides(f);
  // "Dascu, whose union struck last year, …": a time inside a relative clause about someone is not a meeting's.
  const personal = personalAsides(f, [cues.meeting, cues.happened]);
  for (const r of s.cl.lang.relativeTimes(f)) {
    if (personal.some((a) => r.index >= a.start && r.index < a.end)) continue;
    if (relativeIsEvent(r, model)) targets.push(at(span.start + r.index, r.text));
    else if ((model.pageDate || r.offset !== 0) && !(r.offset === null && (r.unit === 'day' || !asides.slice(r.index, r.index + r.text.length).trim()))) others.push(at(span.start + r.index, r.text));
  }
  // On a page about a later meeting, "the first meeting", "at the time" point back to the event.
  const earlier = model.dominant === 'other' ? cues.earlierOccasion.exec(f) : null;
  if (earlier) targets.push(at(span.start + earlier.index, earlier[0]));
  if (targets.length && !others.length) return { event: 'target', cue: targets[0]!.text };
  if (others.length && !targets.length) return { event: 'other', cue: others[0]!.text, named };
  if (person && !targets.length) return { event: 'other', cue: person.text, weak: true };
  if (targets.length && others.length) {
    if (person) others.push({ span: person, text: person.text });
    return { event: 'mixed', cue: others[0]!.text, named, at: { targets: targets.map((x) => x.span), others: others.map((x) => x.span) } };
  }
  return { event: 'target', cue: null };
}
