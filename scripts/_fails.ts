import { findPassages } from '../lib/match/find-passages';
import { bakuPackData } from '../lib/pack/load';
import { FIXTURES, loadSets, runSets, score } from './lib/fixture-eval';
const dir = process.argv[2] ?? FIXTURES;
const only = process.argv[3];
const sets = loadSets(dir, only ? (n) => n === only || n.startsWith(only) : undefined);
const texts = new Map<string, string>();
for (const set of sets) for (const s of set.sentences) texts.set(s.id, (s.context ? `[${s.context.slice(0, 60)}…] ` : '') + s.text);
for (const set of sets) for (const a of set.articles) a.sentences.forEach((s, i) => texts.set(`${a.file}#${i}`, s.quote));
const units = runSets(sets, (t) => findPassages(t, bakuPackData));
for (const u of units) {
  const r = score(bakuPackData, [u]);
  if (!r.errors.length) continue;
  console.log(`\n## ${u.id}: ${texts.get(u.id) ?? ''}`);
  console.log('  want:', u.expect.map((l) => `${l.claim ?? 'OPEN'}:${l.position ?? (l.elements ?? []).join('|')}${l.credits ? ` cr=${l.credits}${l.misattributed ? '!' : ''}` : ''}`).join('; '));
  console.log('  got: ', u.found.map((p) => `${p.claim ?? 'OPEN'}:${p.position ?? (p.elements ?? []).join('|')}${p.credits ? ` cr=${p.credits}${p.misattributed ? '!' : ''}` : ''}`).join('; '));
}
