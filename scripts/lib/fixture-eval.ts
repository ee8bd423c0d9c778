import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Passage } from '../../lib/match/types';
import { statusOf, verdictsFor } from '../../lib/match/verdicts';
import type { Pack } from '../../lib/pack/schema';
import { SEEDS_DIR } from './seeds';

/**
 * The evaluation: labelled sentences and whole articles, scored the way a reader would judge them.
 * A label names a claim and a position (the accounts' verdicts follow from the pack), or an
 * open-world "unsourced" passage, and may say which account the sentence credits and whether it is
 * misattributed. Scoring takes any finder (text → passages), so an older engine can be scored too.
 */

export interface Label {
  claim: string | null;
  position?: string;
  status?: 'unsourced';
  elements?: string[];
  credits?: string;
  misattributed?: boolean;
  /** The label is about another meeting than the pack's event (passing mentions carry "target"). */
  event?: 'target' | 'other';
}

/** A labelled sentence: from a seed (matched inside its whole seed article) or written in an outlet's style (after its lead). */
export interface FixtureSentence {
  id: string;
  text: string;
  seed?: string;
  outlet?: string;
  context?: string;
  lang?: string;
  event?: 'target' | 'other';
  /** `claims`: labelled before open-world "unsourced" and attribution were read; only claims are scored. */
  scope?: 'claims';
  expect: Label[];
}

export interface ArticleFixture {
  file: string;
  text: string;
  event: 'target' | 'other';
  sentences: { quote: string; expect: Label[] }[];
}

export interface FixtureSet {
  name: string;
  sentences: FixtureSentence[];
  articles: ArticleFixture[];
}

export const REPO = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(REPO, 'tests/fixtures');

/** Reads the sentence files of a folder (each `*.json` is a set) and its `articles/` (`NAME.txt` + `NAME.labels.json`). */
export function loadSets(dir: string, only?: (name: string) => boolean): FixtureSet[] {
  const sets: FixtureSet[] = [];
  const sentenceDir = existsSync(path.join(dir, 'sentences')) ? path.join(dir, 'sentences') : dir;
  for (const file of readdirSync(sentenceDir).filter((f) => f.endsWith('.json') && !f.endsWith('.labels.json')).sort()) {
    const name = file.replace(/\.json$/, '');
    if (only && !only(name)) continue;
    const raw = JSON.parse(readFileSync(path.join(sentenceDir, file), 'utf8')) as FixtureSentence[];
    sets.push({ name, sentences: raw.map(normalise), articles: [] });
  }
  const articleDir = path.join(dir, 'articles');
  if (existsSync(articleDir)) {
    const articles: ArticleFixture[] = [];
    for (const file of readdirSync(articleDir).filter((f) => f.endsWith('.labels.json')).sort()) {
      const base = file.replace(/\.labels\.json$/, '');
      if (only && !only(`articles/${base}`)) continue;
      const labels = JSON.parse(readFileSync(path.join(articleDir, file), 'utf8')) as Omit<ArticleFixture, 'file' | 'text'>;
      articles.push({ file: base, text: readFileSync(path.join(articleDir, `${base}.txt`), 'utf8'), event: labels.event, sentences: labels.sentences.map((s) => ({ ...s, expect: s.expect.map(normaliseLabel) })) });
    }
    if (articles.length) sets.push({ name: 'articles', sentences: [], articles });
  }
  return sets;
}

// Older fixtures carry verdicts and a status with each label; the verdicts now follow from the pack.
const normaliseLabel = (l: Label & { verdicts?: unknown }): Label => {
  const { verdicts: _, ...rest } = l;
  return rest.claim === null ? { ...rest, status: 'unsourced' } : rest;
};
const normalise = (f: FixtureSentence): FixtureSentence => ({ ...f, expect: f.expect.map(normaliseLabel) });

export type Finder = (text: string) => Passage[];

/** Which passages fell in which labelled unit, with the unit's labels and whether it is about another meeting. */
export interface Unit {
  id: string;
  set: string;
  expect: Label[];
  found: Passage[];
  other: boolean;
  claimsOnly?: boolean;
}

/** Runs a finder over every set the way a page would: seeds inside their whole article, sentences after their lead. */
export function runSets(sets: FixtureSet[], find: Finder): Unit[] {
  // Units: labelled sentences (or article sentences) with the passages found in them.
  const units: Unit[] = [];
  for (const set of sets) {
    const bySeed = new Map<string, FixtureSentence[]>();
    for (const f of set.sentences) {
      if (f.seed) {
        bySeed.set(f.seed, [...(bySeed.get(f.seed) ?? []), f]);
        continue;
      }
      const offset = f.context ? f.context.length + 1 : 0;
      const input = f.context ? `${f.context} ${f.text}` : f.text;
      units.push({ id: f.id, set: set.name, expect: f.expect, found: find(input).filter((p) => p.start >= offset), other: f.event === 'other', claimsOnly: f.scope === 'claims' });
    }
    for (const [seed, list] of bySeed) {
      const text = readFileSync(path.join(SEEDS_DIR, seed), 'utf8');
      const spans = list.map((f) => ({ f, start: text.indexOf(f.text), end: text.indexOf(f.text) + f.text.length }));
      const own = new Map<string, Passage[]>(list.map((f) => [f.id, []]));
      const rest: Passage[] = [];
      for (const p of find(text)) {
        const owner = spans.find((s) => s.start >= 0 && p.start >= s.start && p.start < s.end);
        if (owner) own.get(owner.f.id)!.push(p);
        else rest.push(p);
      }
      const claimsOnly = list.some((f) => f.scope === 'claims');
      for (const f of list) units.push({ id: f.id, set: set.name, expect: f.expect, found: own.get(f.id)!, other: false, claimsOnly });
      units.push({ id: `${seed}#unlabelled`, set: set.name, expect: [], found: rest, other: false, claimsOnly });
    }
    for (const a of set.articles) {
      const spans = a.sentences.map((s, i) => ({ i, s, start: a.text.indexOf(s.quote), end: a.text.indexOf(s.quote) + s.quote.length }));
      const own = new Map<number, Passage[]>(spans.map((s) => [s.i, []]));
      const rest: Passage[] = [];
      for (const p of find(a.text)) {
        const owner = spans.find((s) => s.start >= 0 && p.start < s.end && p.end > s.start);
        if (owner) own.get(owner.i)!.push(p);
        else rest.push(p);
      }
      for (const s of spans) units.push({ id: `${a.file}#${s.i}`, set: `articles/${a.file}`, expect: s.s.expect, found: own.get(s.i)!, other: a.event === 'other' });
      units.push({ id: `${a.file}#unlabelled`, set: `articles/${a.file}`, expect: [], found: rest, other: a.event === 'other' });
    }
  }
  return units;
}

export interface ClassScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalResult {
  agrees: ClassScore;
  contradicts: ClassScore;
  unsourced: ClassScore;
  /** Misattribution flags: a passage credited to an account that did not say it. */
  misattributed: ClassScore;
  macroF1: number;
  swaps: string[];
  /** On sentences and pages about another meeting: contradictions found that no label has (should be none), and the agrees score there. */
  otherMeeting: { contradicts: number; agrees: ClassScore };
  /** Labelled claim sentences on which every label was found with the right verdicts. */
  fullyRight: { right: number; of: number };
  errors: string[];
}

export const EVAL_DEFINITION = [
  'Items: for every labelled (sentence, claim) and every account that is not silent on it (verdicts follow from',
  'the pack: the latest version of each account), the verdict that account gives; a sentence taking two stances',
  'on one claim gives two. A contested passage contributes its agreeing accounts to "agrees" and its contradicting',
  'ones to "contradicts". "unsourced" is scored per (sentence, claim) whose status is unsourced, and per sentence',
  'for the open-world unsourced passage (claim null). "misattributed" is scored per (sentence, claim) that credits',
  'an account. A passage for a claim on a sentence labelled without it is a false positive for each item it',
  'carries. A swap is an (sentence, claim, account) labelled agrees and found only as contradicts, or the reverse.',
  'macro-F1 is the mean F1 of agrees, contradicts and unsourced.',
].join('\n');

type Items = Map<string, Set<string>>;

function itemsOfLabel(pack: Pack, unit: string, l: Label, out: Items, credit: Items): void {
  const add = (map: Items, key: string, value: string) => map.set(key, (map.get(key) ?? new Set()).add(value));
  const key = `${unit} ${l.claim ?? 'open'}`;
  if (l.claim === null) add(out, `${key} status`, 'unsourced');
  else {
    const claim = pack.claims.find((c) => c.id === l.claim);
    if (!claim || !l.position) return;
    const { verdicts } = verdictsFor(pack, claim, l.position);
    for (const [account, v] of Object.entries(verdicts)) if (v !== 'silent') add(out, `${key} ${account}`, v);
    if (statusOf(verdicts) === 'unsourced') add(out, `${key} status`, 'unsourced');
  }
  if (l.credits && l.misattributed) add(credit, key, 'misattributed');
}

function itemsOfPassage(unit: string, p: Passage, out: Items, credit: Items): void {
  const add = (map: Items, key: string, value: string) => map.set(key, (map.get(key) ?? new Set()).add(value));
  const key = `${unit} ${p.claim ?? 'open'}`;
  if (p.claim === null) add(out, `${key} status`, 'unsourced');
  else {
    for (const [account, v] of Object.entries(p.verdicts)) if (v !== 'silent') add(out, `${key} ${account}`, v);
    if (p.status === 'unsourced') add(out, `${key} status`, 'unsourced');
  }
  if (p.credits && p.misattributed) add(credit, key, 'misattributed');
}

const tally = (): ClassScore => ({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
function finish(s: ClassScore): ClassScore {
  s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  s.recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  s.f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  return s;
}

/** Scores found passages against labels; see EVAL_DEFINITION. */
export function score(pack: Pack, units: Unit[]): EvalResult {
  const r: EvalResult = {
    agrees: tally(), contradicts: tally(), unsourced: tally(), misattributed: tally(), macroF1: 0, swaps: [],
    otherMeeting: { contradicts: 0, agrees: tally() }, fullyRight: { right: 0, of: 0 }, errors: [],
  };
  for (const u of units) {
    const expected: Items = new Map();
    const predicted: Items = new Map();
    const expCredit: Items = new Map();
    const predCredit: Items = new Map();
    for (const l of u.expect) itemsOfLabel(pack, u.id, l, expected, expCredit);
    for (const p of u.found) if (!(u.claimsOnly && p.claim === null)) itemsOfPassage(u.id, p, predicted, predCredit);
    if (u.claimsOnly) expCredit.clear(), predCredit.clear();
    let right = true;
    for (const key of new Set([...expected.keys(), ...predicted.keys()])) {
      const e = expected.get(key) ?? new Set();
      const p = predicted.get(key) ?? new Set();
      for (const cls of ['agrees', 'contradicts', 'unsourced'] as const) {
        const s = r[cls];
        if (e.has(cls) && p.has(cls)) s.tp += 1;
        else if (p.has(cls)) (s.fp += 1), r.errors.push(`FP ${cls}: ${key}`), (right = false);
        else if (e.has(cls)) (s.fn += 1), r.errors.push(`FN ${cls}: ${key}`), (right = false);
      }
      const swapped = (a: string, b: string) => e.has(a) && !p.has(a) && p.has(b) && !e.has(b);
      if (swapped('agrees', 'contradicts') || swapped('contradicts', 'agrees')) r.swaps.push(key);
      if (u.other) {
        // A passing mention of the event on such a page is read (and may be contested); a contradiction nobody labelled is the error.
        if (p.has('contradicts') && !e.has('contradicts')) r.otherMeeting.contradicts += 1;
        const a = r.otherMeeting.agrees;
        if (e.has('agrees') && p.has('agrees')) a.tp += 1;
        else if (p.has('agrees')) a.fp += 1;
        else if (e.has('agrees')) a.fn += 1;
      }
    }
    for (const key of new Set([...expCredit.keys(), ...predCredit.keys()])) {
      const e = expCredit.has(key);
      const p = predCredit.has(key);
      if (e && p) r.misattributed.tp += 1;
      else if (p) (r.misattributed.fp += 1), r.errors.push(`FP misattributed: ${key}`);
      else if (e) (r.misattributed.fn += 1), r.errors.push(`FN misattributed: ${key}`);
    }
    if (u.expect.length) {
      r.fullyRight.of += 1;
      if (right) r.fullyRight.right += 1;
    }
  }
  for (const cls of ['agrees', 'contradicts', 'unsourced', 'misattributed'] as const) finish(r[cls]);
  finish(r.otherMeeting.agrees);
  r.macroF1 = (r.agrees.f1 + r.contradicts.f1 + r.unsourced.f1) / 3;
  return r;
}

/** The printed table of one result, for `npm run eval`. */
export function formatResult(r: EvalResult): string {
  const pct = (n: number) => n.toFixed(3);
  const row = (name: string, s: ClassScore) => `${name.padEnd(14)} ${pct(s.precision).padEnd(10)} ${pct(s.recall).padEnd(7)} ${pct(s.f1).padEnd(6)} (${s.tp}/${s.fp}/${s.fn})`;
  return [
    'class          precision  recall  F1     (tp/fp/fn)',
    row('agrees', r.agrees),
    row('contradicts', r.contradicts),
    row('unsourced', r.unsourced),
    row('misattributed', r.misattributed),
    `macro-F1 (agrees, contradicts, unsourced): ${pct(r.macroF1)}`,
    `agrees/contradicts swaps: ${r.swaps.length}`,
    `other meetings: ${r.otherMeeting.contradicts} contradicts; agrees precision ${pct(r.otherMeeting.agrees.precision)} (${r.otherMeeting.agrees.tp}/${r.otherMeeting.agrees.fp}/${r.otherMeeting.agrees.fn})`,
    `sentences fully right: ${r.fullyRight.right}/${r.fullyRight.of}`,
  ].join('\n');
}
