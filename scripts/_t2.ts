import { bakuPackData } from '../lib/pack/load';
import { findPassages } from '../lib/match/find-passages';
const lead = 'Syrian and Israeli officials met in Baku on Saturday during President Ahmed al-Sharaa\'s visit to Azerbaijan.';
for (const s of process.argv.slice(2)) {
  const ps = findPassages(`${lead} ${s}`, bakuPackData).filter((p) => p.start > lead.length);
  console.log('\n>', s);
  for (const p of ps) console.log('  ', p.status.padEnd(11), (p.claim ?? 'OPEN').padEnd(32), (p.position ?? '').padEnd(22), p.credits ? `[credits ${p.credits}${p.misattributed ? ' MIS: ' + p.attribution : ''}]` : '', p.elements ? 'EL: ' + p.elements.join(' | ') : '', p.revisions ? 'REV: ' + p.revisions.map((r) => r.note).join('; ') : '', 'EV:', p.evidence.join(', '));
}
