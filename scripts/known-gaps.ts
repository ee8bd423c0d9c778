/**
 * `npx tsx scripts/known-gaps.ts`: writes tests/fixtures/known-gaps.json, the labelled
 * sentences the matcher does not read right yet: `misses` (it finds less than the labels) and `wrong`
 * (it gives a verdict no label has). tests/unit/match/find-passages.test.ts pins every other sentence.
 * Run it after a change to the matcher, and read the diff: a sentence leaving `misses` is a gain, one
 * entering it a regression to look at.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { findPassages } from '../lib/match/find-passages';
import { bakuPackData } from '../lib/pack/load';
import { FIXTURES, loadSets, runSets, score } from './lib/fixture-eval';

const units = runSets(loadSets(FIXTURES), (text) => findPassages(text, bakuPackData));
const misses: string[] = [];
const wrong: string[] = [];
for (const u of units) {
  const errors = score(bakuPackData, [u]).errors;
  if (errors.some((e) => e.startsWith('FP'))) wrong.push(u.id);
  else if (errors.length && u.expect.length) misses.push(u.id);
}
const file = path.join(FIXTURES, 'known-gaps.json');
writeFileSync(file, JSON.stringify({ misses, wrong }, null, 1) + '\n');
console.log(`${misses.length} misses, ${wrong.length} wrong → ${file}`);
