import { bakuPackData } from '../lib/pack/load';
import { findPassages } from '../lib/match/find-passages';
const lead = process.env.LEAD ?? 'Officials from Syria and Israel held talks in Baku, Azerbaijan.';
for (const s of process.argv.slice(2)) {
  const input = lead ? `${lead} ${s}` : s;
  const ps = findPassages(input, bakuPackData).filter((p) => p.start >= (lead ? lead.length + 1 : 0));
  console.log('>', s, '\n   ', ps.map((p) => `${p.claim}:${p.position}${p.claim === null ? '[' + p.elements!.join('|') + ']' : ''} {${p.evidence.join(', ')}}${p.credits ? ` credits=${p.credits}${p.misattributed ? ' MIS' : ''}` : ''}`).join('\n    ') || '(nothing)');
}
