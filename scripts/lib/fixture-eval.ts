import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClaimSet, SourceId } from '../../lib/claims/schema';
import { SOURCE_IDS } from '../../lib/claims/schema';
import { findPassages } from '../../lib/match/find-passages';
import type { Passage, Status, Verdict } from '../../lib/match/types';
import { readSeed } from './seeds';

/** One labelled claim of a fixture sentence. */
export interface Expected {
  claim: string;
  position: string;
  verdicts: Record<SourceId, Verdict>;
  status: Status;
}

/** A labelled sentence: from a seed (matched in the whole seed article) or written by us (optionally after a lead). */
export interface FixtureSentence {
  id: string;
  text: string;
  seed?: string;
  outlet?: string;
  context?: string;
  expect: Expected[];
}

export const REPO = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(REPO, 'tests/fixtures/sentences');

/** Every fixture file of `tests/fixtures/sentences/`, seed sentences first, then by name. */
export function loadFixtureFiles(): { file: string; fixtures: FixtureSentence[] }[] {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
  files.sort((a, b) => Number(b === 'seed-sentences.json') - Number(a === 'seed-sentences.json') || a.localeCompare(b));
  return files.map((file) => ({ file, fixtures: JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as FixtureSentence[] }));
}

export function loadFixtures(): FixtureSentence[] {
  return loadFixtureFiles().flatMap((f) => f.fixtures);
}

/**
 * Runs the matcher the way a page would: seed sentences inside their whole seed article (so
 * passages in unlabelled sentences count as false positives), our own sentences after their lead.
 * @returns the passages found in each fixture sentence, keyed by fixture id ('(unlabelled)' for the rest).
 */
export function runFixtures(fixtures: FixtureSentence[], claimSet: ClaimSet): Map<string, Passage[]> {
  const found = new Map<string, Passage[]>(fixtures.map((f) => [f.id, []]));
  found.set('(unlabelled)', []);
  const bySeed = new Map<string, FixtureSentence[]>();
  for (const f of fixtures) if (f.seed) bySeed.set(f.seed, [...(bySeed.get(f.seed) ?? []), f]);
  for (const [seed, list] of bySeed) {
    const text = readSeed(seed);
    const spans = list.map((f) => ({ id: f.id, start: text.indexOf(f.text), end: text.indexOf(f.text) + f.text.length }));
    for (const p of findPassages(text, claimSet)) {
      const owner = spans.find((s) => s.start >= 0 && p.start >= s.start && p.start < s.end);
      found.get(owner?.id ?? '(unlabelled)')!.push(p);
    }
  }
  for (const f of fixtures.filter((x) => !x.seed)) {
    const offset = f.context ? f.context.length + 1 : 0;
    const input = f.context ? `${f.context} ${f.text}` : f.text;
    found.set(f.id, findPassages(input, claimSet).filter((p) => p.start >= offset));
  }
  return found;
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
  swaps: string[];
  errors: string[];
}

export const EVAL_DEFINITION = [
  'Items: for every labelled (sentence, claim) and every account that is not silent, the set of verdicts',
  'that account gives (a sentence taking two stances on one claim gives two). agrees/contradicts are scored',
  'on those per-account verdicts, so a contested passage contributes its agreeing accounts to "agrees" and',
  'its contradicting ones to "contradicts". unsourced is scored per (sentence, claim) whose status is unsourced.',
  'A passage for a claim on a sentence labelled without it is a false positive for each verdict it carries.',
  'A swap is an (sentence, claim, account) labelled agrees and found only as contradicts, or the reverse.',
].join('\n');

/** Scores found passages against labels; see EVAL_DEFINITION. */
export function score(fixtures: FixtureSentence[], found: Map<string, Passage[]>): EvalResult {
  const expected = new Map<string, Set<string>>();
  const predicted = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => map.set(key, (map.get(key) ?? new Set()).add(value));
  const items = (map: Map<string, Set<string>>, id: string, claim: string, verdicts: Record<SourceId, Verdict>, status: Status) => {
    for (const s of SOURCE_IDS) if (verdicts[s] !== 'silent') add(map, `${id} ${claim} ${s}`, verdicts[s]);
    if (status === 'unsourced') add(map, `${id} ${claim} status`, 'unsourced');
  };
  for (const f of fixtures) for (const e of f.expect) items(expected, f.id, e.claim, e.verdicts, e.status);
  for (const [id, passages] of found) for (const p of passages) items(predicted, id, p.claim, p.verdicts, p.status);
  const result: EvalResult = { agrees: tally(), contradicts: tally(), unsourced: tally(), swaps: [], errors: [] };
  for (const key of new Set([...expected.keys(), ...predicted.keys()])) {
    const e = expected.get(key) ?? new Set();
    const p = predicted.get(key) ?? new Set();
    for (const cls of ['agrees', 'contradicts', 'unsourced'] as const) {
      const score = result[cls];
      if (e.has(cls) && p.has(cls)) score.tp += 1;
      else if (p.has(cls)) (score.fp += 1), result.errors.push(`FP ${cls}: ${key}`);
      else if (e.has(cls)) (score.fn += 1), result.errors.push(`FN ${cls}: ${key}`);
    }
    const swapped = (a: string, b: string) => e.has(a) && !p.has(a) && p.has(b) && !e.has(b);
    if (swapped('agrees', 'contradicts') || swapped('contradicts', 'agrees')) result.swaps.push(key);
  }
  for (const cls of ['agrees', 'contradicts', 'unsourced'] as const) finish(result[cls]);
  return result;
}

const tally = (): ClassScore => ({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
function finish(s: ClassScore): void {
  s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  s.recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  s.f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
}
