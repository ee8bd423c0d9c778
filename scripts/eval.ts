/**
 * `npm run eval`: precision, recall and F1 of the matcher on the labelled sentence fixtures
 * (every claim-bearing sentence of the three seeds plus sentences in other outlets' styles).
 * `--verbose` lists every miss and false hit.
 */
import { bundledClaimSet } from '../lib/claims/load';
import { EVAL_DEFINITION, loadFixtureFiles, loadFixtures, runFixtures, score } from './lib/fixture-eval';

const fixtures = loadFixtures();
const found = runFixtures(fixtures, bundledClaimSet);
const result = score(fixtures, found);
const pct = (n: number) => n.toFixed(3);
console.log(`Fixtures: ${fixtures.filter((f) => f.seed).length} seed sentences, ${fixtures.filter((f) => !f.seed).length} own sentences\n`);
console.log(EVAL_DEFINITION + '\n');
console.log('class        precision  recall  F1     (tp/fp/fn)');
for (const cls of ['agrees', 'contradicts', 'unsourced'] as const) {
  const s = result[cls];
  console.log(`${cls.padEnd(12)} ${pct(s.precision).padEnd(10)} ${pct(s.recall).padEnd(7)} ${pct(s.f1).padEnd(6)} (${s.tp}/${s.fp}/${s.fn})`);
}
console.log(`\nagrees/contradicts swaps: ${result.swaps.length}`);
for (const swap of result.swaps) console.log(`  swap: ${swap}`);

// Per file, so a held-out set can be read apart from the sentences the rules were tuned on.
console.log('\nby file      agrees P/R   contradicts P/R   unsourced P/R   swaps');
for (const { file, fixtures: own } of loadFixtureFiles()) {
  const ids = new Set(own.map((f) => f.id));
  if (own.some((f) => f.seed)) ids.add('(unlabelled)');
  const r = score(own, new Map([...found].filter(([id]) => ids.has(id))));
  const pr = (c: 'agrees' | 'contradicts' | 'unsourced') => `${pct(r[c].precision)}/${pct(r[c].recall)}`.padEnd(c === 'agrees' ? 13 : 18);
  console.log(`  ${file.replace(/\.json$/, '').padEnd(18)} ${pr('agrees')}${pr('contradicts')}${pr('unsourced')}${r.swaps.length}`);
}
if (process.argv.includes('--verbose')) for (const e of result.errors) console.log(`  ${e}`);
