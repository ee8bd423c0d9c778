import { LANGUAGES } from '../lang';
import type { Language, Span } from '../lang/types';
import type { Claim, Pack } from '../pack/schema';
import { compilePrecheck, precheckSpec, type Precheck } from '../pack/precheck';
import { indexAccounts, type AccountIndex } from './account-index';
import { creditFor, creditsIn, judgeCredit, type Credit } from './attribution';
import { compilePack, type CompiledLang, type CompiledPack } from './compile-pack';
import { datelineEnd } from './dateline';
import { modelEvents, nearestTie, sentenceTie } from './events';
import { readFrame } from './frames';
import { otherParty, placeMentions, sidesIn } from './frames/common';
import type { FrameContext, Hit } from './frames/types';
import { novelElements } from './open-world';
import { toDocument, toFolded, viewSentence, type SentenceView } from './sentence-view';
import type { Passage } from './types';
import { allSilent, isCompatible, statusOf, verdictsFor } from './verdicts';

/**
 * The engine: text in, passages out, for any pack. It reads sentences and clauses, negation, modality,
 * denied reports and other events through a language module, fills the pack's frames, checks credited
 * accounts, and marks what goes beyond every account. Pure: runs in the background worker and the CLI.
 */

// How many sentences after another meeting's venue are read as about that meeting.
const SENTENCES_ELSEWHERE = 2;
const SENTENCE_END = /[.!?؟](?=\s|$)/g;

export interface Engine {
  packs: CompiledPack[];
  find(text: string): Passage[];
}

const engines = new WeakMap<Pack, { cp: CompiledPack; index: AccountIndex }>();

function prepared(pack: Pack, languages: readonly Language[]) {
  let e = engines.get(pack);
  if (!e) {
    const cp = compilePack(pack, languages);
    e = { cp, index: indexAccounts(cp, cp.langs) };
    engines.set(pack, e);
  }
  return e;
}

const prechecks = new WeakMap<Pack, Precheck>();

/**
 * Finds the passages of `text` that carry a claim of `pack`, or go beyond its accounts, with each
 * account's verdict. Returns nothing unless the pack's pre-check passes on the text. Offsets are
 * JavaScript string offsets into `text`.
 */
export function findPassages(text: string, pack: Pack, languages: readonly Language[] = LANGUAGES): Passage[] {
  return runToEnd(passageSteps(text, pack, languages));
}

/** Passages of every pack, in text order. */
export function findPassagesAll(text: string, packs: readonly Pack[], languages: readonly Language[] = LANGUAGES): Passage[] {
  return runToEnd(passageStepsAll(text, packs, languages));
}

/**
 * The work of {@link findPassages} in steps: the generator yields after each sentence, so a caller
 * that must stay responsive (the background worker, which answers every tab) can run it in time
 * slices and drop it when the page no longer needs it. The result is the generator's return value.
 */
export function* passageSteps(text: string, pack: Pack, languages: readonly Language[] = LANGUAGES): Generator<void, Passage[]> {
  let precheck = prechecks.get(pack);
  if (!precheck) prechecks.set(pack, (precheck = compilePrecheck([precheckSpec(pack)])));
  if (precheck.about(text).length === 0) return [];
  const { cp, index } = prepared(pack, languages);
  return yield* readDocument(cp, index, text);
}

/** {@link findPassagesAll} in steps (see {@link passageSteps}). */
export function* passageStepsAll(text: string, packs: readonly Pack[], languages: readonly Language[] = LANGUAGES): Generator<void, Passage[]> {
  const all: Passage[] = [];
  for (const p of packs) all.push(...(yield* passageSteps(text, p, languages)));
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Runs steps without pausing (the CLI, the evaluation, tests). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The sentence splitter reads a run of lines in one call; a run longer than this (a page of one
 * endless paragraph) is cut first, at a sentence end, so no single call holds the thread for long.
 * Articles' paragraphs are far shorter: for them nothing changes.
 */
const SPLIT_CHARS = 8_000;

/** Cuts `[start, end)` of `text` into pieces of at most SPLIT_CHARS, each ending after a line break, else a sentence end, else a space. */
function piecesOf(text: string, start: number, end: number): Span[] {
  if (end - start <= SPLIT_CHARS) return [{ start, end }];
  const out: Span[] = [];
  let from = start;
  while (end - from > SPLIT_CHARS) {
    const window = text.slice(from + SPLIT_CHARS / 2, from + SPLIT_CHARS);
    // A line break (between paragraphs) first, so an article's text is split as it always was.
    let cut = window.lastIndexOf('\n') + 1;
    if (cut <= 0) for (const m of window.matchAll(/[.!?؟]["'”’»)]*\s+/g)) cut = m.index + m[0].length;
    if (cut <= 0) cut = window.lastIndexOf(' ') + 1;
    const at = cut > 0 ? from + SPLIT_CHARS / 2 + cut : from + SPLIT_CHARS;
    out.push({ start: from, end: at });
    from = at;
  }
  out.push({ start: from, end });
  return out;
}

/** Splits the text into sentences, each read by the language its line is written in (a step per piece read). */
function* sentencesOf(cp: CompiledPack, text: string): Generator<void, { span: Span; cl: CompiledLang }[]> {
  const out: { span: Span; cl: CompiledLang }[] = [];
  const langs = [...cp.langs.values()];
  const fallback = cp.langs.get('en') ?? langs[0];
  if (!fallback) return out;
  const lineRe = /[^\n]+/g;
  let run: { cl: CompiledLang; start: number; end: number } | null = null;
  const runs: { cl: CompiledLang; start: number; end: number }[] = [];
  const flush = () => {
    if (run) for (const piece of piecesOf(text, run.start, run.end)) runs.push({ cl: run.cl, ...piece });
    run = null;
  };
  const read = ({ cl, start, end }: { cl: CompiledLang; start: number; end: number }) => {
    // Lines without a pack word or a meeting word cannot carry a claim; the splitter skips them.
    // The gate is folded text: a chunk with letters folding would change (diacritics, Arabic) is folded first.
    const keepFor = (c: CompiledLang) => (chunk: string) => c.gate.test(/[^\x00-\x7f]/.test(chunk) ? c.lang.fold(chunk).text : chunk) || c.lang.cues.meeting.test(chunk);
    for (const s of cl.lang.sentences(text.slice(start, end), keepFor(cl))) {
      // A paragraph is in one language but may quote a sentence in another (an English sentence in an
      // Arabic paragraph): that sentence is read, and split again, by its own language's module.
      const own = languageOf(text.slice(start + s.start, start + s.end));
      if (own === cl) out.push({ span: { start: start + s.start, end: start + s.end }, cl });
      else for (const t of own.lang.sentences(text.slice(start + s.start, start + s.end), keepFor(own))) out.push({ span: { start: start + s.start + t.start, end: start + s.start + t.end }, cl: own });
    }
  };
  const languageOf = (chunk: string) => langs.find((c) => c.lang.id !== fallback.lang.id && c.lang.owns(chunk)) ?? fallback;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const cl = languageOf(m[0]);
    if (run && run.cl === cl) run.end = m.index + m[0].length;
    else {
      flush();
      run = { cl, start: m.index, end: m.index + m[0].length };
    }
  }
  flush();
  for (const r of runs) {
    read(r);
    yield;
  }
  return out;
}

/** How many sentences away from one naming the pack's people, places or outlets a sentence is still read. */
const NEAR_NAMED = 4;

function* readDocument(cp: CompiledPack, index: AccountIndex, text: string): Generator<void, Passage[]> {
  const views: SentenceView[] = [];
  let previous: SentenceView | null = null;
  for (const { span, cl } of yield* sentencesOf(cp, text)) {
    const view = viewSentence(cp, cl, text, span, views.length, previous);
    views.push(view);
    previous = view;
    yield;
  }
  const sides = new Set<string>();
  let place = false;
  for (const v of views) {
    for (const side of sidesIn(cp, v, { start: 0, end: v.f.length })) sides.add(side);
    place ||= placeMentions(cp, v, { start: 0, end: v.f.length }).length > 0;
  }
  const events = modelEvents(cp, text, views);
  const carried = carryElsewhere(cp, views, text);
  const ties = new Map<string, ReturnType<typeof sentenceTie>>();
  const tieOf = (s: SentenceView, span: Span) => {
    const key = `${s.index}:${span.start}:${span.end}`;
    let tie = ties.get(key);
    if (!tie) ties.set(key, (tie = sentenceTie(cp, events, s, span)));
    return tie;
  };
  // A tie decides (a cue, or null for "the event"), or leaves it to the wider stretch (undefined).
  // A look-alike's participant alone decides only on a page about another meeting.
  const decide = (tie: ReturnType<typeof sentenceTie>): string | null | undefined => {
    if (tie.event === 'other' && !(tie.weak && events.dominant === 'target')) return tie.cue ?? 'another meeting';
    // Mixed: the frames read it, and each reading keeps only if its nearest tie is the event (below).
    if (tie.event === 'mixed') return null;
    return tie.cue && !tie.weak ? null : undefined;
  };
  const ctx: FrameContext = {
    cp,
    events,
    aboutEvent: sides.size >= Math.min(2, cp.pack.event.sides.length) && place,
    elsewhere: (s, span) => {
      const here = decide(tieOf(s, span));
      if (here !== undefined) return here;
      const whole = decide(tieOf(s, { start: 0, end: s.f.length }));
      if (whole !== undefined) return whole;
      if (events.dominant === 'other') return events.dominantCue ?? 'another meeting';
      return carried.get(s.index) ?? null;
    },
  };

  const passages: Passage[] = [];
  let credits: Credit[] = [];
  // A sentence naming nothing of the pack is read only close to one that does ("The talks lasted three
  // hours." sits by its names; a short page may be the one sentence); far from them, "the council met on Tuesday" is another story's, and skipping
  // it keeps a page of a million characters fast.
  const named = views.filter((v) => v.mentions.length > 0).map((v) => v.index);
  let k = 0;
  for (const s of views) {
    while (k < named.length - 1 && named[k + 1]! <= s.index) k++;
    const near = named.length === 0 ? views.length <= NEAR_NAMED : Math.min(Math.abs(s.index - named[k]!), Math.abs((named[k + 1] ?? Infinity) - s.index)) <= NEAR_NAMED;
    const relevant = s.mentions.length > 0 || (near && (s.cl.gate.test(s.f) || s.cl.lang.cues.meeting.test(s.f) || s.cl.lang.cues.bothSides.test(s.f) || s.cl.lang.cues.pronoun.test(s.f)));
    s.cl.lang.cues.pronoun.lastIndex = 0;
    if (!relevant) {
      credits = [];
      continue;
    }
    yield;
    credits = creditsIn(cp, s, credits);
    const whole = tieOf(s, { start: 0, end: s.f.length });
    const hits = merge(
      cp.frames.flatMap(({ claim, frame }) =>
        readFrame(s, frame, claim, ctx)
          .filter((h) => !isEventFrame(frame) || whole.event !== 'mixed' || nearestTie(whole, h.at) === 'target')
          .map((h) => ({ ...h, frame: claim.frames.indexOf(frame) })),
      ),
      cp,
    );
    const found: Passage[] = [];
    for (const hit of hits) {
      const claim = cp.claims.get(hit.claim)!;
      if (!claim.positions.some((p) => p.id === hit.position)) throw new Error(`frame of "${claim.id}" gave unknown position "${hit.position}"`);
      found.push(passageOf(cp, s, hit, claim, creditFor(credits, hit.at, hit.clause)));
    }
    passages.push(...found);
    if (ctx.aboutEvent && !found.some((p) => p.status === 'unsourced')) {
      const open = openWorld(cp, index, s, ctx, credits, found);
      if (open) passages.push(open);
    }
  }
  return passages;
}

/**
 * Sentences right after one that names another meeting's venue, one the language lists ("… met in
 * Geneva on Wednesday. The two sides met twice."), are about that meeting, until the event's place
 * is named again or a few sentences have passed: event claims stay silent on them.
 */
function carryElsewhere(cp: CompiledPack, views: readonly SentenceView[], text: string): Map<number, string> {
  const out = new Map<number, string>();
  let left = 0;
  let cue = '';
  let lastEnd = 0;
  for (const s of views) {
    const whole = { start: 0, end: s.f.length };
    // Sentences the splitter skipped (no pack word in them) count too.
    if (left > 0) left = Math.max(0, left - (text.slice(lastEnd, s.start).match(SENTENCE_END) ?? []).length);
    lastEnd = s.end;
    const namesPlace = placeMentions(cp, s, whole).length > 0;
    if (left > 0 && !namesPlace) out.set(s.index, cue);
    if (namesPlace) left = 0;
    else {
      const venue = s.cl.lang.cues.otherVenue.exec(s.f);
      if (venue && venue.index >= datelineEnd(s) && s.cl.lang.cues.meeting.test(s.f)) {
        left = SENTENCES_ELSEWHERE + 1;
        cue = venue[0];
      }
    }
    if (left > 0) left -= 1;
  }
  return out;
}

/**
 * One passage per claim and stance in a sentence; two stances on one claim keep their own clauses.
 * Compatible stances from different frames of one claim ("Tomás Ferrin, Dascu's deputy, led the union
 * side": the deputy and the named man) are one stance: the claim's later frame, the more specific, wins.
 */
function merge(hits: Hit[], cp: CompiledPack): Hit[] {
  const byClaim = new Map<string, Hit[]>();
  for (const hit of hits) byClaim.set(hit.claim, [...(byClaim.get(hit.claim) ?? []), hit]);
  const out: Hit[] = [];
  for (let group of byClaim.values()) {
    const claim = cp.claims.get(group[0]!.claim)!;
    const frames = new Set(group.map((h) => h.frame));
    const allCompatible = group.every((a) => group.every((b) => isCompatible(claim, a.position, b.position)));
    if (frames.size > 1 && allCompatible) {
      const last = Math.max(...group.map((h) => h.frame ?? 0));
      group = group.filter((h) => h.frame === last);
    }
    const positions = new Set(group.map((h) => h.position));
    for (const position of positions) {
      const same = group.filter((h) => h.position === position);
      const evidence = [...new Set(same.flatMap((h) => h.evidence))];
      out.push({ claim: same[0]!.claim, position, evidence, clause: same[0]!.clause, split: positions.size > 1 && same[0]!.clause !== undefined, at: same[0]!.at });
    }
  }
  return out;
}

const TRIM = /[\s,;—–:]/;

function trimmed(s: SentenceView, span: Span): Span {
  let { start, end } = span;
  while (start < end && TRIM.test(s.f[start]!)) start += 1;
  while (end > start && TRIM.test(s.f[end - 1]!)) end -= 1;
  return { start, end };
}

function passageOf(cp: CompiledPack, s: SentenceView, hit: Hit, claim: Claim, credit: Credit | null): Passage {
  const span = hit.split && hit.clause ? toDocument(s, trimmed(s, hit.clause)) : { start: s.start, end: s.end };
  const { verdicts, revisions } = verdictsFor(cp.pack, claim, hit.position);
  const passage: Passage = {
    ...span,
    text: s.text.slice(span.start - s.start, span.end - s.start),
    claim: claim.id,
    position: hit.position,
    verdicts,
    status: statusOf(verdicts),
    evidence: hit.evidence,
    pack: cp.pack.id,
  };
  if (revisions.length) passage.revisions = revisions;
  const cues = cueSpans(s, hit.evidence, toFoldedSpan(s, span));
  if (cues.length) passage.cues = cues;
  if (credit) Object.assign(passage, { credits: credit.account }, judgeCredit(cp.pack, claim, hit.position, credit.account));
  return passage;
}

/**
 * The sentence's open-world "unsourced" passage, if it states something no account carries: on the
 * clause of the first such element, or the whole sentence when it carries no claim.
 */
function openWorld(cp: CompiledPack, index: AccountIndex, s: SentenceView, ctx: FrameContext, credits: Credit[], found: Passage[]): Passage | null {
  const whole = { start: 0, end: s.f.length };
  // A plan or a follow-up of the event ("a follow-up round is set for August") is its immediate context:
  // only a page about another meeting, or another meeting named by its own date, place or cues, silences it.
  const tie = sentenceTie(cp, ctx.events, s, whole);
  if (ctx.events.dominant === 'other' && !(tie.event === 'target' && tie.cue)) return null;
  if (tie.event === 'other' && tie.named) return null;
  // Another gathering ("a meeting of the region's energy ministers"), another party, or the sentences
  // right after another meeting's venue: what they add is that meeting's.
  const cues = s.cl.lang.cues;
  const meeting = cues.meeting.exec(s.f);
  // The party right after the meeting word and a connector ("a meeting of X", "talks with X").
  const connector = meeting && /^\s*(?:of|with|between|among|بين|مع)\s/u.test(s.f.slice(meeting.index + meeting[0].length));
  const after = meeting && connector ? { start: meeting.index + meeting[0].length, end: Math.min(s.f.length, meeting.index + meeting[0].length + 40) } : null;
  if (cues.otherGathering.test(s.f) || (after && otherParty(cp, s, after))) return null;
  if (tie.event !== 'other' && tie.event !== 'mixed' && ctx.elsewhere(s, whole)) return null;
  const ev = cp.pack.event;
  const aboutEvent =
    s.cl.lang.cues.meeting.test(s.f) ||
    s.mentions.some((m) => cp.sideOf.has(m.entity) && isPerson(cp, m.entity)) ||
    s.mentions.some((m) => ev.participants.includes(m.entity) || ev.places.includes(m.entity)) ||
    (sidesIn(cp, s, whole).size > 0 && s.cl.lang.cues.memberPresence.test(s.f)) ||
    s.cl.lang.cues.eventWords.test(s.f) ||
    sidesIn(cp, s, whole).size >= 2 ||
    s.cl.lang.cues.bothSides.test(s.f);
  // A sentence naming none of the story's people or places ("The talks lasted three hours") is about the
  // event only right after one that does: "the council met on Tuesday" far down a page is not.
  const storyMention = (v: SentenceView | null) => v?.mentions.some((m) => cp.sideOf.has(m.entity) || ev.places.includes(m.entity) || ev.participants.includes(m.entity)) ?? false;
  if (!aboutEvent || !(storyMention(s) || storyMention(s.previous))) return null;
  if (s.cl.lang.openQuestion(s.f.slice(0, 60)) || /\?\s*$/.test(s.f)) return null;
  // Credits are attribution, and a claim's own cue words are the claim, not an addition to it.
  const skip = credits.map((c) => ({ start: c.start, end: c.end }));
  const claimed = found.flatMap((p) => (p.cues ?? []).map((c) => toFoldedSpan(s, c)));
  // In a sentence naming the event and another meeting, what belongs to the other meeting is not the event's
  // addition; a decision taken after the event is named ("met on Saturday and agreed to meet again") is.
  const followUp = (e: Span & { kind: string }) => e.kind === 'decision' && ctx.events.dominant === 'target' && (tie.at?.targets.some((t) => t.end <= e.start) ?? false);
  const elements = novelElements(s, ctx, index, skip, claimed).filter((e) => tie.event !== 'mixed' || nearestTie(tie, e) === 'target' || followUp(e));
  if (!elements.length) return null;
  const first = elements[0]!;
  const clause = s.clauses.find((c) => first.start >= c.start && first.start < c.end) ?? whole;
  const span = found.length ? toDocument(s, trimmed(s, phraseAround(s, clause, first))) : { start: s.start, end: s.end };
  const credit = creditFor(credits, first, clause);
  const names = cp.pack.accounts.map((a) => a.name);
  const list = `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  const passage: Passage = {
    ...span,
    text: s.text.slice(span.start - s.start, span.end - s.start),
    claim: null,
    position: null,
    verdicts: allSilent(cp.pack),
    status: 'unsourced',
    evidence: elements.map((e) => `“${s.text.slice(toDocument(s, e).start - s.start, toDocument(s, e).end - s.start)}” is in none of the accounts (${list})`),
    pack: cp.pack.id,
    elements: elements.map((e) => s.text.slice(toDocument(s, e).start - s.start, toDocument(s, e).end - s.start)),
  };
  if (credit) Object.assign(passage, { credits: credit.account }, judgeCredit(cp.pack, null, null, credit.account, passage.elements));
  return passage;
}

/** The folded span of the sentence that a document span covers. */
function toFoldedSpan(s: SentenceView, span: Span): Span {
  return toFolded(s, { start: span.start - s.start, end: span.end - s.start });
}

/** Document offsets of each cue word inside the passage (the first occurrence of each, left to right). */
function cueSpans(s: SentenceView, evidence: readonly string[], within: Span): Span[] {
  const out: Span[] = [];
  for (const e of evidence) {
    const cue = e.replace(/…$/, '');
    if (!cue.trim()) continue;
    const at = s.f.indexOf(cue, within.start);
    if (at < 0 || at + cue.length > within.end) continue;
    out.push(toDocument(s, { start: at, end: at + cue.length }));
  }
  return out.sort((a, b) => a.start - b.start).filter((c, i, all) => i === 0 || c.start >= all[i - 1]!.end);
}

/** Frames about the event itself (not a standing fact), which another meeting cannot carry. */
const isEventFrame = (frame: Claim['frames'][number]) => frame.type !== 'relation' || frame.scope === 'event';

const isPerson = (cp: CompiledPack, id: string) => cp.pack.entities.find((e) => e.id === id)?.kind === 'person';

/** The comma-bounded phrase of a clause that holds an element: where an addition sits in a claim sentence. */
function phraseAround(s: SentenceView, clause: Span, e: Span): Span {
  let start = clause.start;
  let end = clause.end;
  for (let i = e.start - 1; i > clause.start; i -= 1) if (s.f[i] === ',') {
    start = i + 1;
    break;
  }
  for (let i = e.end; i < clause.end; i += 1) if (s.f[i] === ',') {
    end = i;
    break;
  }
  return { start, end };
}
