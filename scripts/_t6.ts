import { bakuPackData } from '../lib/pack/load';
import { compilePack } from '../lib/match/compile-pack';
import { LANGUAGES } from '../lib/lang';
import { viewSentence } from '../lib/match/sentence-view';
import { creditsIn } from '../lib/match/attribution';
const cp = compilePack(bakuPackData, LANGUAGES);
const cl = cp.langs.get('ar')!;
for (const s of process.argv.slice(2)) {
  const v = viewSentence(cp, cl, s, { start: 0, end: s.length }, 0, null);
  console.log(v.f, '\n  mentions:', v.mentions.map((m) => `${m.entity}=${m.text}`).join(', '), '\n  credits:', creditsIn(cp, v, []).map((c) => c.account + ':' + c.text).join(' | '));
  const r = cl.lang.cues.oneMeeting; r.lastIndex = 0; console.log('  one:', [...v.f.matchAll(r)].map((m) => m[0]));
  const r2 = cl.lang.cues.severalMeetings; r2.lastIndex = 0; console.log('  several:', [...v.f.matchAll(r2)].map((m) => m[0]));
}
const v = viewSentence(cp, cl, 'وقالت قناة «i24 News» الإسرائيلية، السبت، إن', { start: 0, end: 40 }, 0, null);
const names = cl.accountNames.get('i24')!;
console.log(names.source.slice(0, 200));
console.log(new RegExp(names.source, 'gu').exec(v.f));
console.log(cl.lang.cues.credit(names.source).source.slice(0,300));
