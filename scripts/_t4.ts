import { bakuPackData } from '../lib/pack/load';
import { compilePack } from '../lib/match/compile-pack';
import { english } from '../lib/lang/en';
import { viewSentence } from '../lib/match/sentence-view';
import { sentenceTie, modelEvents } from '../lib/match/events';
const cp = compilePack(bakuPackData, [english]);
const cl = cp.langs.get('en')!;
for (const s of process.argv.slice(2)) {
  const v = viewSentence(cp, cl, s, { start: 0, end: s.length }, 0, null);
  console.log(s, '\n  mentions:', v.mentions.map((m) => `${m.entity}=${m.text}${m.title ? '(t)' : ''}`).join(', '), '\n  clauses:', v.clauses.map((c) => v.f.slice(c.start, c.end)).join(' | '));
  const ev = modelEvents(cp, s, [v]);
  console.log('  tie:', JSON.stringify(sentenceTie(cp, ev, v, { start: 0, end: v.f.length })), 'dominant', ev.dominant);
}
