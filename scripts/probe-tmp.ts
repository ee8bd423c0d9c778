import { bundledClaimSet } from '../lib/claims/load';
import { findPassages } from '../lib/match/find-passages';
const CTX = 'Syrian and Israeli officials held talks in Baku, the capital of Azerbaijan, on Saturday.';
const lines = (await import('node:fs')).readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
for (const line of lines) {
  const [ctx, text] = line.includes(' || ') ? line.split(' || ') : [CTX, line];
  const all = `${ctx} ${text}`;
  const ps = findPassages(all, bundledClaimSet).filter((p) => p.start >= ctx!.length);
  console.log(`${ps.length ? ps.map((p) => `${p.claim}:${p.position}:${p.status}`).join(', ') : '-'}  <=  ${text}`);
}
