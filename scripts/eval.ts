/**
 * `npm run eval`: precision, recall and F1 of the matcher on the labelled sentence fixtures
 * (every claim-bearing sentence of the three seeds plus sentences in other outlets' styles).
 * `--verbose` lists every miss and false hit.
 */
import { bundledClaimSet } from '../lib/claims/load';
import { EVAL_DEFINITION, loadFixtures, runFixtures, score } from './lib/fixture-eval';

const fixtures = loadFixtures();
const result = score(fixtures, runFixtures(fixtures, bundledClaimSet));
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
if (process.argv.includes('--verbose')) for (const e of result.errors) console.log(`  ${e}`);
