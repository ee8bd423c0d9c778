import type { ClaimSet } from '../claims/schema';
import { splitClauses } from './clauses';
import { isAboutStory } from './precheck';
import { RULES } from './rules';
import type { Hit, SentenceContext } from './rules/types';
import { splitSentences, type Span } from './sentences';
import type { Passage } from './types';
import { statusOf, verdictsFor } from './verdicts';

// Lines without any of these words cannot carry a claim; skipping them before wink keeps long
// pages cheap (wink is ~3 µs a word, the rules far less). Every spelling the rules accept must be
// here, and the words of a sentence whose subject is only "he" ("He was present for one session").
const STORY_WORDS =
  /Shar|J(?:[ou]w?|aw)lani|Syria|Israel|Baku|Azerbaijan|Iran|Hezbollah|Golan|Trump|Sa['’]?ar\b|Barrack|Hanegbi|Qa['’]?[ei]?da|Turkic|Damascus|encounter|interaction|contact|rendezvous|sit-down|milestone|linguistic|hummus|normali[sz]|Dermer|Netanyahu|Sh(?:ai|ay|i|ey)bani|Dalati|1974|gas\b|Gaza|camps|Tehran|envoy|emissar|agenda|General Assembly|UNGA|meeting|talks|session|rounds?\b|negotiat|discussion|delegation|\bmet\b|attend|present|(?:took|takes?|taken|taking) part|participat|sat in|absent|twice|once\b|times\b/i;

// Another meeting's venue, named in a sentence about a meeting. The next sentences that do not
// name Baku are read as about that meeting ("… met in Paris on Thursday. The two sides met
// twice."), so event claims stay silent on them. It lapses after a few sentences or when Baku is
// named again, because Baku articles mention earlier meetings in passing.
const OTHER_VENUE = /\b(?:Abu Dhabi|Riyadh|Paris|Doha|Washington|White House|Ankara|Istanbul|Amman|Cairo|Jeddah|Moscow)\b/;
const MEETING_WORD = /\b(?:met|meet(?:s|ing|ings)?|talks|encounter|session|negotiations|round)\b/i;
const BAKU = /\b(?:Baku|Azerbaijan)/i;
const ELSEWHERE_SENTENCES = 2;
const SENTENCE_END = /[.!?](?=\s|$)/g;
/** Claims about the Baku meeting itself (not background facts), which another meeting cannot carry. */
const isEventClaim = (claim: string) =>
  claim.startsWith('agenda-') || ['meeting-date', 'sharaa-attendance', 'meeting-count', 'syrian-delegation', 'israeli-delegation', 'meeting-significance'].includes(claim);

/**
 * Finds the passages of `text` that carry a claim of `claimSet`, with each account's verdict.
 *
 * Returns nothing unless `isAboutStory(text)` (the content script's precheck) holds, so the
 * precheck can never hide a passage. Passages are sentences, or clauses when one sentence takes
 * two stances on the same claim; offsets are JavaScript string offsets into `text`.
 */
export function findPassages(text: string, claimSet: ClaimSet): Passage[] {
  if (!isAboutStory(text)) return [];
  const claims = new Map(claimSet.claims.map((c) => [c.id, c]));
  const aboutBakuMeeting = /\bIsrael/i.test(text) && /\b(?:Baku|Azerbaijan)/i.test(text);
  const passages: Passage[] = [];
  let previous = '';
  // Sentences left in which another meeting (named just before) is the one being talked about.
  let elsewhere = 0;
  let lastEnd = 0;
  for (const sentence of splitSentences(text, (line) => STORY_WORDS.test(line))) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    // Lines without story words never come back from splitSentences; their sentences count too.
    if (elsewhere > 0) elsewhere = Math.max(0, elsewhere - (text.slice(lastEnd, sentence.start).match(SENTENCE_END) ?? []).length);
    lastEnd = sentence.end;
    const namesBaku = BAKU.test(sentenceText);
    const aboutOtherMeeting = elsewhere > 0 && !namesBaku;
    if (namesBaku) elsewhere = 0;
    else if (OTHER_VENUE.test(sentenceText) && MEETING_WORD.test(sentenceText)) elsewhere = ELSEWHERE_SENTENCES + 1;
    if (elsewhere > 0) elsewhere--;
    // Neighbours widened in for wink come back here; only story sentences reach the rules.
    if (!STORY_WORDS.test(sentenceText)) {
      previous = sentenceText;
      continue;
    }
    const ctx: SentenceContext = { text: sentenceText, clauses: splitClauses(sentenceText), previous, aboutBakuMeeting };
    const hits = RULES.flatMap((rule) => rule(ctx)).filter((hit) => claims.has(hit.claim) && !(aboutOtherMeeting && isEventClaim(hit.claim)));
    for (const hit of mergeHits(hits)) {
      const claim = claims.get(hit.claim)!;
      if (!claim.positions.some((p) => p.id === hit.position)) continue;
      const span = hit.clause ? trim(text, sentence.start + hit.clause.start, sentence.start + hit.clause.end) : sentence;
      const verdicts = verdictsFor(claim, hit.position);
      passages.push({ ...span, text: text.slice(span.start, span.end), claim: hit.claim, position: hit.position, verdicts, status: statusOf(verdicts), evidence: hit.evidence });
    }
    previous = sentenceText;
  }
  return passages;
}

/**
 * One passage per claim and stance in a sentence. If the sentence takes a single stance on a
 * claim the passage is the whole sentence; if it takes two ("AFP said he did not attend, while
 * Samaa said he sat in") each stance keeps its own clause.
 */
function mergeHits(hits: Hit[]): Hit[] {
  const byClaim = new Map<string, Hit[]>();
  for (const hit of hits) byClaim.set(hit.claim, [...(byClaim.get(hit.claim) ?? []), hit]);
  const out: Hit[] = [];
  for (const group of byClaim.values()) {
    const positions = new Set(group.map((h) => h.position));
    for (const position of positions) {
      const same = group.filter((h) => h.position === position);
      const evidence = [...new Set(same.flatMap((h) => h.evidence))];
      out.push({ claim: same[0]!.claim, position, evidence, clause: positions.size > 1 ? same[0]!.clause : undefined });
    }
  }
  return out;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;—–:]/.test(text[start]!)) start += 1;
  while (end > start && /[\s,;—–:]/.test(text[end - 1]!)) end -= 1;
  return { start, end };
}
