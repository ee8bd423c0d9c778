/**
 * `npx tsx scripts/make-precheck.ts`: writes assets/packs/precheck.json, the page pre-check of the
 * bundled packs, baked (anchors and words, see lib/pack/precheck.ts), which the small content script
 * bundles (it cannot bundle the packs themselves). A test fails when the file differs from what the packs
 * give, so it is never edited by hand.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundledPacks } from '../lib/pack/load';
import { bakePrecheck, precheckSpec } from '../lib/pack/precheck';

export const PRECHECK_FILE = path.resolve(import.meta.dirname, '../assets/packs/precheck.json');
export const bundledPrecheck = () => bundledPacks.map((p) => bakePrecheck(precheckSpec(p)));

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  writeFileSync(PRECHECK_FILE, JSON.stringify(bundledPrecheck(), null, 1) + '\n');
  console.log(`wrote ${PRECHECK_FILE}`);
}
