// Held-out set from a JSON file (held-out-c: written by a helper from the seeds and claims.json only), written 2026-11-22 after round 1 merged and before seeing any of round 2's changes.
// Usage: npx tsx /work/heldout/heldout.ts REPO [--verbose]
import path from 'node:path';
const repo = path.resolve(process.argv[2] ?? '/work/main');
const { bundledClaimSet } = await import(path.join(repo, 'lib/claims/load.ts'));
const { verdictsFor, statusOf } = await import(path.join(repo, 'lib/match/verdicts.ts'));
const { runFixtures, score } = await import(path.join(repo, 'scripts/lib/fixture-eval.ts'));

// An article's opening names the story; two sentences alone often do not (--lead puts this before each context).
const STORY_LEAD = 'Syrian President Ahmed al-Sharaa visited Azerbaijan this week, and Syrian and Israeli officials met in Baku.';
const file = process.argv.find((a) => a.endsWith('.json')) ?? '/work/heldout/held-out-c.json';
type J = { outlet: string; text: string; expect: [string, string][]; context?: string };
const rows: [string, string, [string, string][], string?][] = (JSON.parse((await import('node:fs')).readFileSync(file, 'utf8')) as J[]).map((r) => [r.outlet, r.text, r.expect, process.argv.includes('--lead') ? `${STORY_LEAD} ${r.context ?? ''}`.trim() : r.context]);
const claimById = new Map(bundledClaimSet.claims.map((c: { id: string }) => [c.id, c]));
const fixtures = rows.map(([outlet, text, exp, context], i) => ({
  id: `held-${String(i).padStart(2, '0')}`, outlet, text, ...(context ? { context } : {}),
  expect: exp.map(([claim, position]) => {
    const c = claimById.get(claim);
    if (!c) throw new Error(`no claim ${claim}`);
    const verdicts = verdictsFor(c, position);
    return { claim, position, verdicts, status: statusOf(verdicts) };
  }),
}));
const found = runFixtures(fixtures, bundledClaimSet);
const result = score(fixtures, found);
for (const cls of ['agrees', 'contradicts', 'unsourced'] as const) {
  const s = result[cls];
  console.log(`${cls.padEnd(12)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${s.tp}/${s.fp}/${s.fn})`);
}
let sentHit = 0, sentAll = 0, silentOk = 0, silentAll = 0;
for (const f of fixtures) {
  const got = found.get(f.id) ?? [];
  if (f.expect.length) { sentAll++; if (f.expect.every((e) => got.some((p: { claim: string; status: string }) => p.claim === e.claim && p.status === e.status))) sentHit++; }
  else { silentAll++; if (!got.length) silentOk++; }
  if (process.argv.includes('--verbose')) {
    const want = f.expect.map((e) => `${e.claim}:${e.status}`).join(', ') || '(nothing)';
    const have = got.map((p: { claim: string; status: string }) => `${p.claim}:${p.status}`).join(', ') || '(nothing)';
    console.log(`${want === have ? 'ok  ' : 'DIFF'} ${f.id} want ${want} | got ${have}`);
  }
}
console.log(`sentences fully right: ${sentHit}/${sentAll}; look-alikes silent: ${silentOk}/${silentAll}; swaps ${result.swaps.length}`);
