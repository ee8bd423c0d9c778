import { bakuPackData } from '../lib/pack/load';
import { findPassages } from '../lib/match/find-passages';
const t = process.argv[2]!;
for (const p of findPassages(t, bakuPackData)) console.log(p.claim ?? 'OPEN', p.position, p.credits ?? '', '|', p.text.slice(0, 80), '|', p.evidence.join(', ').slice(0, 100));
