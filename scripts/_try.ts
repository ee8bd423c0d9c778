import { readFileSync } from 'node:fs';
import { findPassages } from '../lib/match/find-passages';
import { bundledClaimSet } from '../lib/claims/load';
for (const f of process.argv.slice(2)) {
  const t = readFileSync(f, 'utf8');
  for (const p of findPassages(t, bundledClaimSet)) console.log(`[${p.status}] ${p.claim}:${p.position} ${JSON.stringify(p.verdicts)} <${p.evidence.join('|')}>\n   ${p.text.slice(0, 160)}`);
}
