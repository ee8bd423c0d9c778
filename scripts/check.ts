/**
 * `npm run check -- [--json] FILE...`: the matcher on .txt or .html files, for people or as JSON.
 * One file with --json prints exactly {"passages":[…]}; several print {"files":[{"file","passages"}]}.
 * Offsets index the text that was checked: the file itself for .txt, Readability's article text for .html.
 */
import { readFileSync, statSync } from 'node:fs';
import { bundledClaimSet } from '../lib/claims/load';
import { SOURCE_IDS, SOURCE_LABELS } from '../lib/claims/schema';
import { findPassages } from '../lib/match/find-passages';
import { htmlArticleText } from '../lib/match/html-article';
import { decodeText } from '../lib/match/read-input';
import { unwrapHardWrappedLines } from '../lib/match/unwrap-lines';
import type { Passage } from '../lib/match/types';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');

function fail(message: string): never {
  process.stderr.write(`check: ${message}\n`);
  process.exit(1);
}

if (files.length === 0) fail('usage: npm run check -- [--json] FILE...');

function readArticle(file: string): string {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    fail(`${file}: no such file`);
  }
  if (stat.isDirectory()) fail(`${file}: is a directory, not a file`);
  let text: string;
  try {
    text = decodeText(readFileSync(file));
  } catch (error) {
    fail(`${file}: ${(error as Error).message}`);
  }
  return /\.x?html?$/i.test(file) ? htmlArticleText(text) : text;
}

const publicPassage = ({ start, end, text, claim, verdicts, status, evidence }: Passage) => ({ start, end, text, claim, verdicts, status, evidence });

/**
 * Plain text may be hard-wrapped: the matcher reads it with wrapped lines joined (same offsets), and
 * each passage's text is then taken from the file as it is, so `text === content.slice(start, end)`.
 */
function check(file: string): Passage[] {
  const content = readArticle(file);
  if (/\.x?html?$/i.test(file)) return findPassages(content, bundledClaimSet);
  return findPassages(unwrapHardWrappedLines(content), bundledClaimSet).map((p) => ({ ...p, text: content.slice(p.start, p.end) }));
}

const results = files.map((file) => ({ file, passages: check(file) }));

if (json) {
  const out =
    results.length === 1
      ? { passages: results[0]!.passages.map(publicPassage) }
      : { files: results.map((r) => ({ file: r.file, passages: r.passages.map(publicPassage) })) };
  process.stdout.write(JSON.stringify(out) + '\n');
} else {
  const claims = new Map(bundledClaimSet.claims.map((c) => [c.id, c]));
  for (const { file, passages } of results) {
    console.log(`\n${file}: ${passages.length} passage${passages.length === 1 ? '' : 's'}`);
    for (const p of passages) {
      const claim = claims.get(p.claim)!;
      console.log(`\n[${p.status.toUpperCase()}] ${p.start}–${p.end}  “${p.text.replace(/\s+/g, " ")}”`);
      console.log(`  Question: ${claim.question}`);
      console.log(`  Cues: ${p.evidence.join(', ')}`);
      for (const source of SOURCE_IDS) {
        const version = claim.accounts[source];
        const label = SOURCE_LABELS[source].padEnd(8);
        if (!version) console.log(`  ${label} silent`);
        else console.log(`  ${label} ${p.verdicts[source]} — ${version.says}\n           “${version.quote}” (${version.seed})`);
      }
      for (const voice of claim.otherVoices) console.log(`  Other voice: ${voice.who} — ${voice.says} (${voice.seed})`);
    }
  }
}
