import { bakuPackData } from '../lib/pack/load';
import { compilePack } from '../lib/match/compile-pack';
import { LANGUAGES } from '../lib/lang';
import { viewSentence } from '../lib/match/sentence-view';
import { indexAccounts } from '../lib/match/account-index';
import { novelElements } from '../lib/match/open-world';
import { modelEvents } from '../lib/match/events';
const cp = compilePack(bakuPackData, LANGUAGES);
const cl = cp.langs.get('en')!;
const index = indexAccounts(cp, cp.langs);
for (const s of process.argv.slice(2)) {
  const v = viewSentence(cp, cl, s, { start: 0, end: s.length }, 0, null);
  const events = modelEvents(cp, s, [v]);
  const ctx = { cp, events, aboutEvent: true, elsewhere: () => null };
  console.log(s, '\n  mentions', v.mentions.map((m) => m.entity + '=' + m.text).join(', '), '\n  elements', novelElements(v, ctx as never, index, []).map((e) => `${e.kind}:${e.text}`).join(' | '));
}
console.log([...index.words.get('en')!].filter((w) => /^(us|five|people|turkish|intelligence|observer|maps|exchange)$/.test(w)));
