/**
 * `npm run eval [-- --verbose] [-- --dir DIR]`: precision, recall and F1 of the matcher on the labelled
 * fixtures, per class and per set: agrees, contradicts, unsourced (listed and open-world),
 * misattributed; swaps; and what it says on pages about other meetings. `--dir` scores another folder
 * of sets (the held-out checks kept outside the repository); `--verbose` lists every miss and false hit.
 */
import path from 'node:path';
import { findPassages } from '../lib/match/find-passages';
import { bakuPackData } from '../lib/pack/load';
import { EVAL_DEFINITION, FIXTURES, formatResult, loadSets, runSets, score } from './lib/fixture-eval';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? path.resolve(args[dirAt + 1]!) : FIXTURES;
const pack = bakuPackData;
const sets = loadSets(dir);
const units = runSets(sets, (text) => findPassages(text, pack));
const result = score(pack, units);
console.log(`${dir}: ${sets.map((s) => `${s.name} (${s.sentences.length || s.articles.length})`).join(', ')}\n`);
console.log(EVAL_DEFINITION + '\n');
console.log(formatResult(result));
for (const swap of result.swaps) console.log(`  swap: ${swap}`);

const pct = (n: number) => n.toFixed(2);
console.log('\nby set                 agrees P/R   contra P/R   unsourced P/R  misattr P/R  macroF1 swaps right');
for (const name of [...new Set(units.map((u) => u.set))]) {
  const r = score(pack, units.filter((u) => u.set === name));
  const pr = (s: { precision: number; recall: number }) => `${pct(s.precision)}/${pct(s.recall)}`.padEnd(13);
  console.log(`  ${name.padEnd(20)} ${pr(r.agrees)}${pr(r.contradicts)}${pr(r.unsourced)}${pr(r.misattributed)}${pct(r.macroF1).padEnd(8)}${String(r.swaps.length).padEnd(6)}${r.fullyRight.right}/${r.fullyRight.of}`);
}
if (args.includes('--verbose')) for (const e of result.errors) console.log(`  ${e}`);
